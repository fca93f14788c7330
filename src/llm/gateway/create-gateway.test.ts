import { jsonSchema, tool } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlmMetrics } from '../metrics/create-llm-metrics.ts';
import { createEchoResponder } from '../simulator/create-echo-responder.ts';
import { startSimulators, tokens } from '../testing/start-simulators.ts';
import { createGateway, type GatewayPart, type GatewayRequest } from './create-gateway.ts';
import { GatewayError } from './gateway-error.ts';

const ask: GatewayRequest = { role: 'large', messages: [{ role: 'user', content: 'hello' }] };
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function setUp(...args: Parameters<typeof startSimulators>) {
  const started = await startSimulators(...args);
  cleanup = started.closeAll;
  // A private registry per test keeps the process-wide one out of it.
  return { ...started, gateway: createGateway(started.config, { metrics: createLlmMetrics() }) };
}

/** Consumes a stream, keeping each part's arrival time, and what it threw if anything. */
async function collect(stream: AsyncIterable<GatewayPart>) {
  const startedAt = performance.now();
  const parts: { part: GatewayPart; at: number }[] = [];
  let error: unknown;
  try {
    for await (const part of stream) parts.push({ part, at: performance.now() - startedAt });
  } catch (caught) {
    error = caught;
  }
  const text = parts.map(({ part }) => (part.type === 'text-delta' ? part.text : '')).join('');
  const finish = parts.find(({ part }) => part.type === 'finish')?.part;
  return {
    parts,
    text,
    error,
    elapsed: performance.now() - startedAt,
    report: finish?.type === 'finish' ? finish.report : undefined,
  };
}

function expectGatewayError(error: unknown, code: GatewayError['code']): GatewayError {
  expect(error).toBeInstanceOf(GatewayError);
  expect((error as GatewayError).code).toBe(code);
  return error as GatewayError;
}

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!condition() && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe('gateway over HTTP against the simulator', () => {
  it('measures TTFT and TBT in agreement with the simulator settings', async () => {
    const { gateway } = await setUp({ a: { ttftMs: 200, tbtMs: 40 } }, {}, { text: tokens(12) });
    const { text, report, error } = await collect(gateway.stream(ask));
    expect(error).toBeUndefined();
    expect(text).toBe(tokens(12));
    expect(report?.outcome).toBe('ok');
    expect(report?.outputTokens).toBe(12);
    expect(report?.ttftMs).toBeGreaterThanOrEqual(100);
    expect(report?.ttftMs).toBeLessThanOrEqual(400);
    expect(report?.interChunkMs).toHaveLength(11);
    expect(report?.itlP50Ms).toBeGreaterThanOrEqual(20);
    expect(report?.itlP50Ms).toBeLessThanOrEqual(80);
    expect(report?.tpotMs).toBeGreaterThanOrEqual(20);
    expect(report?.tpotMs).toBeLessThanOrEqual(80);
  });

  it('hands the first token to the consumer as soon as it arrives, not with the rest', async () => {
    const { gateway } = await setUp({ a: { ttftMs: 100, tbtMs: 250 } }, {}, { text: tokens(5) });
    const { parts } = await collect(gateway.stream(ask));
    const deltas = parts.filter(({ part }) => part.type === 'text-delta');
    expect(deltas).toHaveLength(5);
    const first = deltas[0]?.at ?? Number.NaN;
    const last = deltas[4]?.at ?? Number.NaN;
    expect(first).toBeLessThan(450);
    // Four 250 ms gaps follow the first token; a buffering gateway would deliver them together.
    expect(last - first).toBeGreaterThan(600);
  });

  it('falls back to the next endpoint when the first one fails, after its retries', async () => {
    const { gateway, sims } = await setUp(
      { a: { ttftMs: 10, tbtMs: 1, faultRate: 1, faults: ['500'] }, b: { ttftMs: 10, tbtMs: 1 } },
      { retries: 1 },
    );
    const { text, report, error } = await collect(gateway.stream(ask));
    expect(error).toBeUndefined();
    expect(text).toBe(tokens(10));
    expect(report?.endpoint?.name).toBe('b');
    expect(report?.retries).toBe(2);
    expect(report?.failedAttempts.map((a) => a.endpoint)).toEqual(['a', 'a']);
    expect(report?.failedAttempts[0]?.error).toContain('500');
    expect(sims.a?.stats().requests).toBe(2);
  });

  it('does not retry after the first token: a cut stream ends as an error, promptly', async () => {
    const { gateway, sims } = await setUp({
      a: { ttftMs: 20, tbtMs: 20, faultRate: 1, faults: ['cut'] },
      b: {},
    });
    const { text, error, elapsed } = await collect(gateway.stream(ask));
    expect(text.length).toBeGreaterThan(0);
    const failure = expectGatewayError(error, 'stream_failed');
    expect(failure.message).toContain('a failed after the first token');
    expect(sims.a?.stats().requests).toBe(1);
    expect(sims.b?.stats().requests).toBe(0);
    expect(elapsed).toBeLessThan(5000);
  });

  it('retries a 429 after its retry-after and gives up with every attempt listed', async () => {
    const { gateway, sims } = await setUp(
      { a: { faultRate: 1, faults: ['429'], retryAfterMs: 50 } },
      { retries: 2 },
    );
    const { error } = await collect(gateway.stream(ask));
    const failure = expectGatewayError(error, 'all_endpoints_failed');
    expect(failure.message.match(/HTTP 429/g)).toHaveLength(3);
    expect(sims.a?.stats().requests).toBe(3);
  });

  it('moves to the next endpoint at once when a 429 asks for a longer wait than the gateway allows', async () => {
    const { gateway, sims } = await setUp(
      { a: { faultRate: 1, faults: ['429'], retryAfterMs: 30_000 }, b: { ttftMs: 10, tbtMs: 1 } },
      { retries: 3 },
    );
    const { report, elapsed } = await collect(gateway.stream(ask));
    expect(report?.endpoint?.name).toBe('b');
    expect(sims.a?.stats().requests).toBe(1);
    expect(elapsed).toBeLessThan(3000);
  });

  it('times out an endpoint that is slow to the first token and falls back', async () => {
    const { gateway } = await setUp(
      { slow: { ttftMs: 5000 }, fast: { ttftMs: 50, tbtMs: 5 } },
      { ttftTimeoutMs: 300, retries: 0 },
    );
    const { report, error, elapsed } = await collect(gateway.stream(ask));
    expect(error).toBeUndefined();
    expect(report?.endpoint?.name).toBe('fast');
    expect(report?.failedAttempts[0]?.error).toContain('no first token from slow within 300 ms');
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(2000);
  });

  it('ends a stalled stream at the total timeout and cancels its HTTP request', async () => {
    const { gateway, sims } = await setUp(
      { a: { ttftMs: 20, tbtMs: 20, faultRate: 1, faults: ['stall'] } },
      { totalTimeoutMs: 800 },
    );
    const { text, error, elapsed } = await collect(gateway.stream(ask));
    expect(text.length).toBeGreaterThan(0);
    const failure = expectGatewayError(error, 'total_timeout');
    expect(failure.message).toContain('800 ms');
    expect(elapsed).toBeGreaterThanOrEqual(700);
    expect(elapsed).toBeLessThan(3000);
    await waitUntil(() => sims.a?.stats().active === 0);
  });

  it('refuses a member over the token budget with when it resets, other members unaffected', async () => {
    const { gateway } = await setUp(
      { a: { ttftMs: 1, tbtMs: 1 } },
      {},
      { members: { tokenBudget: { tokens: 10, windowMs: 60_000 } } },
    );
    const first = await collect(gateway.stream({ ...ask, memberId: 'm1' }));
    expect(first.report?.outputTokens).toBe(10);
    const second = await collect(gateway.stream({ ...ask, memberId: 'm1' }));
    const failure = expectGatewayError(second.error, 'token_budget_exceeded');
    expect(failure.message).toMatch(
      /member m1 has used \d+ of the 10 tokens allowed per 60 s; the budget resets in \d+ s/,
    );
    expect(failure.retryAfterMs).toBeGreaterThan(0);
    expect((await collect(gateway.stream({ ...ask, memberId: 'm2' }))).error).toBeUndefined();
  });

  it('refuses a member over the request rate with when to retry', async () => {
    const { gateway, sims } = await setUp(
      { a: { ttftMs: 1, tbtMs: 1 } },
      {},
      { members: { rateLimit: { requests: 2, windowMs: 60_000 } } },
    );
    for (let i = 0; i < 2; i++)
      expect((await collect(gateway.stream({ ...ask, memberId: 'm1' }))).error).toBeUndefined();
    const { error } = await collect(gateway.stream({ ...ask, memberId: 'm1' }));
    expect(expectGatewayError(error, 'rate_limited').message).toMatch(
      /member m1 is over 2 requests per 60 s; retry in \d+ s/,
    );
    expect(sims.a?.stats().requests).toBe(2);
  });

  it('opens the circuit after repeated failures and stops calling the endpoint', async () => {
    const { gateway, sims } = await setUp(
      { a: { faultRate: 1, faults: ['500'] }, b: { ttftMs: 1, tbtMs: 1 } },
      { retries: 0, circuitBreaker: { failureThreshold: 2, openMs: 60_000 } },
    );
    for (let i = 0; i < 3; i++) expect((await collect(gateway.stream(ask))).report?.endpoint?.name).toBe('b');
    expect(sims.a?.stats().requests).toBe(2);
    const { report } = await collect(gateway.stream(ask));
    expect(report?.failedAttempts).toEqual([{ endpoint: 'a', error: 'circuit open' }]);
  });

  it('sends a call to the next endpoint when the first one is at its concurrency limit with a full queue', async () => {
    const { gateway } = await setUp(
      { a: { ttftMs: 10, tbtMs: 100 }, b: { ttftMs: 10, tbtMs: 1 } },
      {},
      { endpoint: { maxConcurrency: 1, maxQueued: 0 } },
    );
    const busy = gateway.stream(ask)[Symbol.asyncIterator]();
    expect((await busy.next()).value?.type).toBe('text-delta');
    const { report } = await collect(gateway.stream(ask));
    expect(report?.endpoint?.name).toBe('b');
    expect(report?.failedAttempts[0]?.error).toContain('queue of 0 is full');
    await busy.return?.();
  });

  it('cancels the HTTP request when the caller aborts or stops reading', async () => {
    const { gateway, sims } = await setUp({ a: { ttftMs: 10, tbtMs: 50 } }, {}, { text: tokens(200) });
    const controller = new AbortController();
    const aborted = (async () => {
      for await (const part of gateway.stream({ ...ask, signal: controller.signal })) {
        if (part.type === 'text-delta') controller.abort(new Error('member left'));
      }
    })();
    await expect(aborted).rejects.toThrow('member left');
    await waitUntil(() => sims.a?.stats().active === 0);

    for await (const part of gateway.stream(ask)) if (part.type === 'text-delta') break;
    await waitUntil(() => sims.a?.stats().active === 0);
    expect(sims.a?.stats().completed).toBe(0);
  });

  it('streams OpenAI tool calls through as tool-input deltas and a parsed call', async () => {
    const { gateway } = await setUp({ a: { ttftMs: 5, tbtMs: 1, responder: createEchoResponder() } });
    const jobSearch = tool({
      description: 'search jobs',
      inputSchema: jsonSchema<{ query: string; limit: number }>({
        type: 'object',
        properties: { query: { type: 'string' }, limit: { type: 'integer', minimum: 1 } },
        required: ['query', 'limit'],
      }),
    });
    const { parts, error, report } = await collect(
      gateway.stream({
        ...ask,
        messages: [{ role: 'user', content: 'data engineer' }],
        tools: { job_search: jobSearch },
      }),
    );
    expect(error).toBeUndefined();
    const types = parts.map(({ part }) => part.type);
    expect(types[0]).toBe('tool-input-start');
    expect(types).toContain('tool-input-delta');
    expect(parts.find(({ part }) => part.type === 'tool-call')?.part).toMatchObject({
      toolName: 'job_search',
      input: { query: 'data engineer', limit: 5 },
    });
    expect(report?.finishReason).toBe('tool-calls');
  });

  it('passes a tool call whose JSON the model broke through as its raw text, as streamText does', async () => {
    const { gateway } = await setUp({
      a: { ttftMs: 1, tbtMs: 0, responder: createEchoResponder(), faultRate: 1, faults: ['malformed'] },
    });
    const { parts, error } = await collect(
      gateway.stream({
        ...ask,
        messages: [{ role: 'user', content: 'data engineer' }],
        tools: {
          job_search: tool({ description: 'search jobs', inputSchema: jsonSchema({ type: 'object' }) }),
        },
      }),
    );
    expect(error).toBeUndefined();
    const call = parts.find(({ part }) => part.type === 'tool-call')?.part;
    expect(call?.type === 'tool-call' && typeof call.input).toBe('string');
  });

  it('refuses a request the AI SDK rejects before any HTTP request, without retrying it', async () => {
    const { gateway, sims } = await setUp({ a: {} });
    const { error } = await collect(gateway.stream({ ...ask, messages: [] }));
    expect(String(error)).toContain('messages must not be empty');
    expect(sims.a?.stats().requests).toBe(0);
  });

  it('prices calls from the price table', async () => {
    const { gateway } = await setUp(
      { a: { ttftMs: 1, tbtMs: 1 } },
      {},
      { prices: { 'model-a': { inputPerMillionTokens: 1_000_000, outputPerMillionTokens: 2_000_000 } } },
    );
    const { report } = await collect(gateway.stream(ask));
    expect(report?.costUsd).toBe((report?.inputTokens ?? 0) * 1 + 10 * 2);
  });

  it('says the role is offline when no endpoint is configured', async () => {
    const { config } = await setUp({ a: {} });
    const gateway = createGateway(
      { ...config, roles: { ...config.roles, large: { mode: 'offline' } } },
      { metrics: createLlmMetrics() },
    );
    expect(gateway.isOnline('large')).toBe(false);
    const { error } = await collect(gateway.stream(ask));
    expect(expectGatewayError(error, 'offline').message).toContain(
      'set DOSSIER_LLM_LARGE_URL and DOSSIER_LLM_LARGE_MODEL',
    );
  });
});
