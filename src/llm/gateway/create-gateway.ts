import { setTimeout as sleep } from 'node:timers/promises';
import { APICallError, type EmbeddingModel, embedMany, type ModelMessage, type ToolSet } from 'ai';
import {
  type ConcurrencyLimiter,
  createConcurrencyLimiter,
  QueueFullError,
} from '../concurrency/create-concurrency-limiter.ts';
import type { LlmConfig, LlmEndpoint, LlmRole } from '../config/llm-config-schema.ts';
import type { CallReport } from '../metrics/call-report.ts';
import { defaultLlmMetrics, type LlmMetrics } from '../metrics/create-llm-metrics.ts';
import { createLatencyRecorder } from '../metrics/measure-latency.ts';
import { createEndpointModels, type EndpointChatModel } from '../providers/create-endpoint-models.ts';
import { computeCostUsd } from './compute-cost.ts';
import { type AttemptOutcome, type CircuitBreaker, createCircuitBreaker } from './create-circuit-breaker.ts';
import { createMemberLimits } from './create-member-limits.ts';
import { forwardAbort } from './forward-abort.ts';
import { GatewayError } from './gateway-error.ts';
import { type ModelCall, prepareModelCall } from './prepare-model-call.ts';

export interface GatewayRequest {
  role: Exclude<LlmRole, 'embeddings'>;
  /** Whose budget and rate limit the call counts against; omit for system calls. */
  memberId?: string;
  system?: string;
  messages: ModelMessage[];
  tools?: ToolSet;
  maxOutputTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
}

/** What the caller receives, in order, as the model produces it; `finish` comes last. */
export type GatewayPart =
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta'; text: string }
  | { type: 'tool-input-start'; toolCallId: string; toolName: string }
  | { type: 'tool-input-delta'; toolCallId: string; delta: string }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: unknown }
  | { type: 'finish'; finishReason: string; report: CallReport };

export interface EmbedRequest {
  texts: readonly string[];
  /** Whose budget and rate limit the call counts against; omit for system calls. */
  memberId?: string;
  signal?: AbortSignal;
}

export interface EmbedResult {
  /** One vector per text, in order, as the endpoint returned it (not normalised). */
  vectors: number[][];
  usage: { inputTokens: number | undefined };
  report: CallReport;
}

export interface Gateway {
  /**
   * Streams one call through the role's fallback chain. Errors are thrown from the iterator as
   * GatewayError (or the caller's abort reason); breaking out of the loop cancels the HTTP request.
   */
  stream(request: GatewayRequest): AsyncIterable<GatewayPart>;
  /**
   * Embeds texts with the `embeddings` role's chain: same limits, breakers, queues, total timeout
   * and retries as chat (the whole request is the attempt — there is no first token). Throws GatewayError.
   */
  embed(request: EmbedRequest): Promise<EmbedResult>;
  /** False when the role is offline (no endpoint configured): the offline engine must serve it. */
  isOnline(role: LlmRole): boolean;
}

interface EndpointRuntime {
  endpoint: LlmEndpoint;
  model: EndpointChatModel;
  embeddingModel: EmbeddingModel;
  limiter: ConcurrencyLimiter;
  breaker: CircuitBreaker;
}

/** One part of the provider's stream (`doStream`), below `streamText`. */
type ModelPart =
  Awaited<ReturnType<EndpointChatModel['doStream']>>['stream'] extends ReadableStream<infer Part>
    ? Part
    : never;

/** An attempt that has produced its first output chunk: from here on there is no retry. */
interface OpenedStream {
  runtime: EndpointRuntime;
  first: GatewayPart;
  firstAt: number;
  rest: ReadableStreamDefaultReader<ModelPart>;
  /** Gives the slot back; aborts the HTTP request unless the stream was read to its end. */
  close(readToEnd: boolean): void;
}

/** A tool call's input as JSON, or its raw text when the model wrote invalid JSON (as `streamText` reports it). */
function parseToolInput(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The caller's view of a content part; undefined for bookkeeping parts and empty deltas. */
function toGatewayPart(part: ModelPart): GatewayPart | undefined {
  switch (part.type) {
    case 'text-delta':
      return part.delta ? { type: 'text-delta', text: part.delta } : undefined;
    case 'reasoning-delta':
      return part.delta ? { type: 'reasoning-delta', text: part.delta } : undefined;
    case 'tool-input-start':
      return { type: 'tool-input-start', toolCallId: part.id, toolName: part.toolName };
    case 'tool-input-delta':
      return { type: 'tool-input-delta', toolCallId: part.id, delta: part.delta };
    case 'tool-call':
      return {
        type: 'tool-call',
        toolCallId: part.toolCallId,
        toolName: part.toolName,
        input: parseToolInput(part.input),
      };
    default:
      return undefined;
  }
}

function describe(error: unknown): string {
  if (APICallError.isInstance(error)) return `HTTP ${error.statusCode ?? '?'}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Whether the same endpoint may be asked again: overload, server errors, network errors and TTFT timeouts. */
function isRetryable(error: unknown): boolean {
  if (error instanceof QueueFullError) return false;
  if (error instanceof GatewayError) return error.code === 'ttft_timeout';
  if (APICallError.isInstance(error)) return error.isRetryable;
  return true;
}

/** How the breaker should count an attempt's error: only the endpoint's own failures count against it. */
function breakerOutcome(error: unknown): AttemptOutcome {
  if (error instanceof QueueFullError) return 'neutral';
  if (APICallError.isInstance(error) && !error.isRetryable) return 'neutral';
  return 'failure';
}

function retryAfterMs(error: unknown): number | undefined {
  if (!APICallError.isInstance(error)) return undefined;
  const headers = error.responseHeaders ?? {};
  const ms = Number(headers['retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number(headers['retry-after']);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * The one door to the LLM endpoints: per-member limits, then the role's endpoints in order, each
 * behind its circuit breaker and concurrency limit, with retries and TTFT timeouts only until the
 * first chunk — after it, chunks are yielded as they arrive and a failure is the caller's to see.
 */
export function createGateway(config: LlmConfig, options: { metrics?: LlmMetrics } = {}): Gateway {
  const metrics = options.metrics ?? defaultLlmMetrics();
  const settings = config.gateway;
  const memberLimits = createMemberLimits(config.members);
  const runtimes = new Map<LlmEndpoint, EndpointRuntime>();

  function runtimeOf(endpoint: LlmEndpoint): EndpointRuntime {
    let runtime = runtimes.get(endpoint);
    if (!runtime) {
      const models = createEndpointModels(endpoint);
      runtime = {
        endpoint,
        model: models.chat,
        embeddingModel: models.embedding,
        limiter: createConcurrencyLimiter({
          maxConcurrent: endpoint.maxConcurrency,
          maxQueued: endpoint.maxQueued,
        }),
        breaker: createCircuitBreaker(settings.circuitBreaker),
      };
      runtimes.set(endpoint, runtime);
    }
    return runtime;
  }

  /** One try on one endpoint, up to its first output chunk. */
  async function openAttempt(
    runtime: EndpointRuntime,
    call: ModelCall,
    signal: AbortSignal,
    onQueued: (ms: number) => void,
  ): Promise<OpenedStream> {
    const queuedAt = performance.now();
    const release = await runtime.limiter.acquire(signal);
    onQueued(performance.now() - queuedAt);
    const attempt = new AbortController();
    const stopForwarding = forwardAbort(signal, attempt);
    const ttftTimer = setTimeout(
      () =>
        attempt.abort(
          new GatewayError(
            'ttft_timeout',
            `no first token from ${runtime.endpoint.name} within ${settings.ttftTimeoutMs} ms`,
          ),
        ),
      settings.ttftTimeoutMs,
    );
    try {
      // maxRetries does not apply here: retries are the gateway's, and only before the first token.
      const { stream } = await runtime.model.doStream({ ...call, abortSignal: attempt.signal });
      const rest = stream.getReader();
      for (;;) {
        const next = await rest.read();
        if (next.done) throw new Error(`${runtime.endpoint.name} ended the stream before the first token`);
        if (next.value.type === 'error') throw next.value.error;
        const first = toGatewayPart(next.value);
        if (first) {
          return {
            runtime,
            first,
            firstAt: performance.now(),
            rest,
            close(readToEnd) {
              stopForwarding();
              // Aborting a finished fetch would only build an AbortError and walk undici's abort path.
              if (!readToEnd) attempt.abort();
              release();
            },
          };
        }
      }
    } catch (error) {
      // An abort surfaces as fetch's AbortError; report why it was aborted instead.
      const reason = signal.aborted ? signal.reason : attempt.signal.aborted ? attempt.signal.reason : error;
      stopForwarding();
      attempt.abort();
      release();
      throw reason;
    } finally {
      clearTimeout(ttftTimer);
    }
  }

  /**
   * Tries the chain, with retries and backoff, until one attempt succeeds (for chat: yields a first
   * chunk); throws `all_endpoints_failed` listing every attempt.
   */
  async function firstSuccessfulAttempt<T>(
    endpoints: LlmEndpoint[],
    signal: AbortSignal,
    report: CallReport,
    tryOnce: (runtime: EndpointRuntime, onQueued: (ms: number) => void) => Promise<T>,
  ): Promise<T> {
    for (const endpoint of endpoints) {
      const runtime = runtimeOf(endpoint);
      report.endpoint = endpoint;
      for (let attempt = 0; ; attempt++) {
        if (!runtime.breaker.tryAcquire()) {
          report.failedAttempts.push({ endpoint: endpoint.name, error: 'circuit open' });
          break;
        }
        try {
          return await tryOnce(runtime, (ms) => {
            report.queueWaitMs += ms;
          });
        } catch (error) {
          if (signal.aborted) {
            runtime.breaker.record('neutral');
            throw signal.reason;
          }
          runtime.breaker.record(breakerOutcome(error));
          report.failedAttempts.push({ endpoint: endpoint.name, error: describe(error) });
          if (!isRetryable(error) || attempt >= settings.retries) break;
          const backoff =
            Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** attempt) * (0.5 + Math.random() / 2);
          const asked = retryAfterMs(error);
          // A server asking for a longer pause than we would wait is better left for the next endpoint.
          if (asked !== undefined && asked > settings.maxBackoffMs) break;
          await sleep(Math.max(backoff, asked ?? 0), undefined, { signal });
        }
      }
    }
    const tried = report.failedAttempts.map((a) => `${a.endpoint}: ${a.error}`).join('; ');
    const stage = report.operation === 'chat' ? ' before the first token' : '';
    throw new GatewayError(
      'all_endpoints_failed',
      `every endpoint for the '${report.role}' role failed${stage} — ${tried}`,
    );
  }

  function endpointsOf(role: LlmRole): LlmEndpoint[] {
    const roleEndpoints = config.roles[role];
    if (roleEndpoints.mode === 'endpoints') return roleEndpoints.endpoints;
    const prefix = `DOSSIER_LLM_${role.toUpperCase()}`;
    throw new GatewayError(
      'offline',
      `no endpoint is configured for the '${role}' role (set ${prefix}_URL and ${prefix}_MODEL); the offline engine serves it`,
    );
  }

  /** The call's signal: aborted by the total timeout or by the caller's signal. Call `end` when done. */
  function startCall(role: LlmRole, callerSignal: AbortSignal | undefined) {
    const call = new AbortController();
    const totalTimer = setTimeout(
      () =>
        call.abort(
          new GatewayError(
            'total_timeout',
            `the '${role}' call took longer than ${settings.totalTimeoutMs} ms`,
          ),
        ),
      settings.totalTimeoutMs,
    );
    const stopForwardingCallerAbort = callerSignal ? forwardAbort(callerSignal, call) : undefined;
    return {
      signal: call.signal,
      end() {
        clearTimeout(totalTimer);
        stopForwardingCallerAbort?.();
      },
    };
  }

  function newReport(
    operation: CallReport['operation'],
    role: LlmRole,
    memberId: string | undefined,
    startedAt: number,
  ): CallReport {
    return {
      operation,
      role,
      memberId,
      endpoint: undefined,
      outcome: 'ok',
      failedAttempts: [],
      retries: 0,
      queueWaitMs: 0,
      inputTokens: undefined,
      outputTokens: undefined,
      costUsd: undefined,
      finishReason: undefined,
      startedAt,
      ...createLatencyRecorder(startedAt, 1).finish(undefined, startedAt),
    };
  }

  /** One embeddings request on one endpoint, holding a slot of its concurrency limit. */
  async function embedAttempt(
    runtime: EndpointRuntime,
    texts: readonly string[],
    signal: AbortSignal,
    onQueued: (ms: number) => void,
  ) {
    const queuedAt = performance.now();
    const release = await runtime.limiter.acquire(signal);
    onQueued(performance.now() - queuedAt);
    try {
      return await embedMany({
        model: runtime.embeddingModel,
        values: [...texts],
        maxRetries: 0, // retries and fallbacks are the gateway's
        abortSignal: signal,
      });
    } finally {
      release();
    }
  }

  async function embed(request: EmbedRequest): Promise<EmbedResult> {
    const startedAt = performance.now();
    const endpoints = endpointsOf('embeddings');
    if (request.memberId !== undefined) memberLimits.admit(request.memberId);
    const call = startCall('embeddings', request.signal);
    const report = newReport('embeddings', 'embeddings', request.memberId, startedAt);
    try {
      const result = await firstSuccessfulAttempt(
        endpoints,
        call.signal,
        report,
        async (runtime, onQueued) => {
          const embedded = await embedAttempt(runtime, request.texts, call.signal, onQueued);
          runtime.breaker.record('success');
          return { runtime, embedded };
        },
      );
      report.retries = report.failedAttempts.length;
      report.inputTokens = result.embedded.usage.tokens;
      report.costUsd = computeCostUsd(
        config.prices,
        result.runtime.endpoint.model,
        report.inputTokens ?? 0,
        0,
      );
      return { vectors: result.embedded.embeddings, usage: { inputTokens: report.inputTokens }, report };
    } catch (error) {
      const failure = abortReasonOr(error, call.signal, request.signal);
      report.outcome = failure instanceof GatewayError ? failure.code : 'aborted';
      throw failure;
    } finally {
      call.end();
      Object.assign(report, createLatencyRecorder(startedAt, 1).finish(undefined));
      if (request.memberId !== undefined) memberLimits.charge(request.memberId, report.inputTokens ?? 0);
      metrics.recordCall(report);
    }
  }

  async function* stream(request: GatewayRequest): AsyncGenerator<GatewayPart> {
    const startedAt = performance.now();
    const endpoints = endpointsOf(request.role);
    if (request.memberId !== undefined) memberLimits.admit(request.memberId);
    // Before the chain: a request the SDK rejects (messages not matching ModelMessage) is the caller's bug, not an endpoint's.
    const modelCall = await prepareModelCall(request, request.signal);
    const call = startCall(request.role, request.signal);
    const signal = call.signal;
    const latency = createLatencyRecorder(startedAt, request.maxOutputTokens);
    const report = newReport('chat', request.role, request.memberId, startedAt);
    let opened: OpenedStream | undefined;
    let readToEnd = false;
    try {
      opened = await firstSuccessfulAttempt(endpoints, signal, report, (runtime, onQueued) =>
        openAttempt(runtime, modelCall, signal, onQueued),
      );
      report.retries = report.failedAttempts.length;
      latency.chunk(opened.firstAt);
      yield opened.first;
      for (;;) {
        const next = await opened.rest.read();
        if (next.done) {
          readToEnd = true;
          break;
        }
        const part = next.value;
        if (part.type === 'finish') {
          report.finishReason = part.finishReason.unified;
          report.inputTokens = part.usage.inputTokens.total;
          report.outputTokens = part.usage.outputTokens.total;
        } else if (part.type === 'error') {
          throw signal.aborted ? signal.reason : part.error;
        } else {
          const out = toGatewayPart(part);
          if (out) {
            latency.chunk();
            yield out;
          }
        }
      }
      if (report.finishReason === undefined || report.finishReason === 'error') {
        throw new Error(`${opened.runtime.endpoint.name} ended the stream without finishing`);
      }
      opened.runtime.breaker.record('success');
      Object.assign(report, latency.finish(report.outputTokens));
      report.costUsd = computeCostUsd(
        config.prices,
        opened.runtime.endpoint.model,
        report.inputTokens ?? 0,
        report.outputTokens ?? 0,
      );
      yield { type: 'finish', finishReason: report.finishReason, report };
    } catch (error) {
      const failure = toGatewayFailure(error, signal, request, opened);
      report.outcome = failure instanceof GatewayError ? failure.code : 'aborted';
      if (opened)
        opened.runtime.breaker.record(
          failure instanceof GatewayError && failure.code === 'stream_failed' ? 'failure' : 'neutral',
        );
      throw failure;
    } finally {
      call.end();
      opened?.close(readToEnd);
      if (report.outcome !== 'ok' || report.finishReason === undefined) {
        Object.assign(report, latency.finish(report.outputTokens));
        if (report.outcome === 'ok') report.outcome = 'aborted'; // the consumer stopped iterating
      }
      if (request.memberId !== undefined) {
        memberLimits.charge(
          request.memberId,
          (report.inputTokens ?? 0) + (report.outputTokens ?? latency.chunks),
        );
      }
      metrics.recordCall(report);
    }
  }

  return {
    stream,
    embed,
    isOnline: (role) => config.roles[role].mode === 'endpoints',
  };
}

/** What the caller sees: our own errors as they are, the caller's abort as its reason, anything after the first token as `stream_failed`. */
function toGatewayFailure(
  error: unknown,
  signal: AbortSignal,
  request: GatewayRequest,
  opened: OpenedStream | undefined,
): unknown {
  if (error instanceof GatewayError || request.signal?.aborted || signal.aborted)
    return abortReasonOr(error, signal, request.signal);
  const where = opened ? opened.runtime.endpoint.name : `the '${request.role}' role`;
  return new GatewayError('stream_failed', `${where} failed after the first token: ${describe(error)}`, {
    cause: error,
  });
}

/** Our own errors as they are; an abort as its reason (the caller's first, else the total timeout). */
function abortReasonOr(error: unknown, signal: AbortSignal, callerSignal: AbortSignal | undefined): unknown {
  if (error instanceof GatewayError) return error;
  if (callerSignal?.aborted) return callerSignal.reason;
  if (signal.aborted) return signal.reason;
  return error;
}
