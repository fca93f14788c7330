import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { createConcurrencyLimiter } from '../concurrency/create-concurrency-limiter.ts';
import {
  type ChatCompletionRequest,
  chatCompletionRequestSchema,
  messageText,
} from './chat-completion-request.ts';
import { createEchoResponder } from './create-echo-responder.ts';
import { isPlanText, malformPlan } from './malform-plan.ts';
import type { Responder, SimulatedResponse } from './responder.ts';
import { createSeededRandom, pickOne, type Random } from './seeded-random.ts';
import { type SimulatedFault, type SimulatorOptions, simulatorOptionsSchema } from './simulator-options.ts';
import { estimateTokenCount, splitIntoTokens } from './split-into-tokens.ts';

export interface SimulatorStats {
  requests: number;
  completed: number;
  active: number;
  queued: number;
  faults: Partial<Record<SimulatedFault, number>>;
}

export interface RunningSimulator {
  /** Base URL for OpenAI clients, ending in `/v1`. */
  url: string;
  port: number;
  stats(): SimulatorStats;
  close(): Promise<void>;
}

type Delta = Record<string, unknown>;

interface Generation {
  deltas: Delta[];
  finishReason: 'stop' | 'length' | 'tool_calls';
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  content: string | null;
  toolCalls: { id: string; type: 'function'; function: { name: string; arguments: string } }[] | undefined;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** One delta per token: content pieces, or a tool call's name then its argument pieces. */
function planGeneration(request: ChatCompletionRequest, response: SimulatedResponse, id: string): Generation {
  const maxTokens = request.max_completion_tokens ?? request.max_tokens ?? Number.POSITIVE_INFINITY;
  const promptTokens = estimateTokenCount(request.messages.map(messageText).join('\n'));
  let deltas: Delta[];
  let toolCalls: Generation['toolCalls'];
  if ('toolCalls' in response) {
    toolCalls = response.toolCalls.map((call, index) => ({
      id: `call_${id}_${index}`,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
    deltas = toolCalls.flatMap((call, index) => [
      {
        tool_calls: [
          { index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } },
        ],
      },
      ...splitIntoTokens(call.function.arguments).map((piece) => ({
        tool_calls: [{ index, function: { arguments: piece } }],
      })),
    ]);
  } else {
    deltas = splitIntoTokens(response.text).map((piece) => ({ content: piece }));
  }
  const truncated = deltas.length > maxTokens;
  if (truncated) deltas = deltas.slice(0, maxTokens);
  const first = deltas[0];
  if (first) deltas[0] = { role: 'assistant', ...first };
  const content = toolCalls ? null : deltas.map((d) => d.content).join('');
  const completionTokens = deltas.length;
  return {
    deltas,
    finishReason: truncated ? 'length' : toolCalls ? 'tool_calls' : 'stop',
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
    content,
    toolCalls,
  };
}

/** The `malformed` fault: plans get a parser-issue mistake, tool-call arguments lose their JSON validity. */
function malform(response: SimulatedResponse, random: Random): SimulatedResponse | undefined {
  if ('toolCalls' in response) {
    return {
      toolCalls: response.toolCalls.map((call) => ({
        ...call,
        arguments: `${call.arguments.slice(0, -1)},}`,
      })),
    };
  }
  if (!isPlanText(response.text)) return undefined;
  const malformed = malformPlan(response.text, random);
  return malformed && { text: malformed.text };
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { message, type, code: status } }));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * An OpenAI-compatible chat-completions server with controllable latency and faults (see
 * simulator-options.ts). Built on node:http rather than Hono: each token is one `res.write` at its
 * scheduled time, a `cut` destroys the socket itself, and no web-stream layer sits between the
 * timer and the socket — the simulator must not be the bottleneck of the benchmarks it serves.
 */
export async function startSimulator(
  options: SimulatorOptions & { responder?: Responder; port?: number; host?: string } = {},
): Promise<RunningSimulator> {
  const config = simulatorOptionsSchema.parse(options);
  const responder = options.responder ?? createEchoResponder();
  const limiter = createConcurrencyLimiter({
    maxConcurrent: config.maxConcurrency ?? Number.POSITIVE_INFINITY,
    maxQueued: Number.POSITIVE_INFINITY,
  });
  const stats = { requests: 0, completed: 0, faults: {} as SimulatorStats['faults'] };

  const vary = (ms: number, random: Random) =>
    config.jitter ? ms * (1 + config.jitter * (2 * random() - 1)) : ms;
  const currentTbt = () => config.tbtMs * (1 + config.slowdown * Math.max(0, limiter.active - 1));

  function drawFault(random: Random): SimulatedFault | undefined {
    if (config.faultRate === 0 || random() >= config.faultRate) return undefined;
    return pickOne(random, config.faults);
  }

  async function complete(
    request: ChatCompletionRequest,
    res: ServerResponse,
    requestIndex: number,
  ): Promise<void> {
    const random = createSeededRandom(config.seed + Math.imul(requestIndex, 0x9e3779b1));
    let fault = drawFault(random);
    if (fault === '429') {
      stats.faults['429'] = (stats.faults['429'] ?? 0) + 1;
      return sendError(res, 429, 'simulated rate limit', {
        'retry-after': String(Math.ceil(config.retryAfterMs / 1000)),
        'retry-after-ms': String(config.retryAfterMs),
      });
    }
    if (fault === '500') {
      stats.faults['500'] = 1 + (stats.faults['500'] ?? 0);
      return sendError(res, 500, 'simulated server error');
    }

    const disconnected = new AbortController();
    res.on('close', () => disconnected.abort());
    let release: () => void;
    try {
      release = await limiter.acquire(disconnected.signal);
    } catch {
      return; // the client left while queued
    }
    try {
      const arrivedAt = performance.now();
      let response = await responder(request, { random });
      if (fault === 'malformed') {
        const malformed = malform(response, random);
        if (malformed) response = malformed;
        else fault = undefined; // nothing plan-shaped to break: served clean
      }
      if (fault) stats.faults[fault] = (stats.faults[fault] ?? 0) + 1;
      const id = `${config.seed}-${requestIndex}`;
      const generation = planGeneration(request, response, id);
      const stream = request.stream === true;
      // Stalls and cuts happen mid-answer, after the first token has been sent.
      const breakAt = fault === 'stall' || fault === 'cut' ? Math.max(1, generation.deltas.length >> 1) : -1;
      const created = Math.floor(Date.now() / 1000);
      const prefix = `data: {"id":"chatcmpl-${id}","object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(request.model)},"choices":[{"index":0,"delta":`;
      if (stream) {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
      }
      let target = arrivedAt + vary(config.ttftMs, random);
      for (let i = 0; i < generation.deltas.length; i++) {
        if (i === breakAt) {
          if (fault === 'cut') res.socket?.destroy();
          else await once(disconnected.signal, 'abort'); // stall until the client gives up or we close
          return;
        }
        const wait = target - performance.now();
        if (wait > 0) await sleep(wait, undefined, { signal: disconnected.signal });
        if (stream) res.write(`${prefix}${JSON.stringify(generation.deltas[i])},"finish_reason":null}]}\n\n`);
        // Scheduled against the previous deadline so timer lateness does not accumulate, but never
        // in the past: an overloaded simulator shows its lateness rather than bursting to catch up.
        target = Math.max(target + vary(currentTbt(), random), performance.now());
      }
      if (stream) {
        res.write(`${prefix}{},"finish_reason":"${generation.finishReason}"}]}\n\n`);
        if (request.stream_options?.include_usage) {
          res.write(
            `data: ${JSON.stringify({ id: `chatcmpl-${id}`, object: 'chat.completion.chunk', created, model: request.model, choices: [], usage: generation.usage })}\n\n`,
          );
        }
        res.end('data: [DONE]\n\n');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: `chatcmpl-${id}`,
            object: 'chat.completion',
            created,
            model: request.model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: generation.content, tool_calls: generation.toolCalls },
                finish_reason: generation.finishReason,
              },
            ],
            usage: generation.usage,
          }),
        );
      }
      stats.completed++;
    } catch (error) {
      if (!disconnected.signal.aborted) throw error;
    } finally {
      release();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && (path === '/healthz' || path === '/v1/models')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        path === '/healthz'
          ? '{"ok":true}'
          : '{"object":"list","data":[{"id":"dossier-sim","object":"model"}]}',
      );
      return;
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions')
      return sendError(res, 404, `no route ${req.method} ${path}`);
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return sendError(res, 400, `invalid JSON body: ${(error as Error).message}`);
    }
    const parsed = chatCompletionRequestSchema.safeParse(body);
    if (!parsed.success) return sendError(res, 400, z.prettifyError(parsed.error));
    await complete(parsed.data, res, stats.requests++);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `simulator failure: ${(error as Error).message}`);
      else res.destroy();
    });
  });
  // Longer than clients' idle keep-alive, so the server never closes a socket a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/v1`,
    port,
    stats: () => ({ ...stats, faults: { ...stats.faults }, active: limiter.active, queued: limiter.queued }),
    async close() {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
