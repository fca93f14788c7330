import { type LanguageModel, streamText } from 'ai';
import type { Gateway } from '../llm/gateway/create-gateway.ts';
import { createLatencyRecorder } from '../llm/metrics/measure-latency.ts';
import { type RenderedPrompt, toModelPrompt } from '../prompts/compose-prompt.ts';
import type { StepTiming } from './turn-event.ts';

/** Where model text comes from: the gateway's endpoints when the role has one, else (and when they fail) the offline model. */
export interface ModelSources {
  gateway?: Gateway;
  /** The offline engine in production; a scripted model in tests. */
  offlineModel?: LanguageModel;
}

export interface ModelTextRequest {
  role: 'small' | 'large';
  prompt: RenderedPrompt;
  memberId?: string;
  signal: AbortSignal;
  /** Called when the endpoints failed before their first token and the offline model takes over. */
  onFallback?: (reason: string) => void;
}

export type ModelTextTiming = Pick<
  StepTiming,
  'ttftMs' | 'tbtP50Ms' | 'tbtP95Ms' | 'inputTokens' | 'outputTokens' | 'source'
>;

export class NoModelError extends Error {}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function* streamFromGateway(
  gateway: Gateway,
  request: ModelTextRequest,
  usage: { input?: number; output?: number },
) {
  for await (const part of gateway.stream({
    role: request.role,
    memberId: request.memberId,
    signal: request.signal,
    ...toModelPrompt(request.prompt),
  })) {
    if (part.type === 'text-delta') yield part.text;
    else if (part.type === 'finish') {
      usage.input = part.report.inputTokens;
      usage.output = part.report.outputTokens;
    }
  }
}

async function* streamFromModel(
  model: LanguageModel,
  request: ModelTextRequest,
  usage: { input?: number; output?: number },
) {
  const result = streamText({
    model,
    ...toModelPrompt(request.prompt),
    abortSignal: request.signal,
    maxRetries: 0,
    onError: () => {}, // errors arrive as parts below
  });
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta' && part.text) yield part.text;
    else if (part.type === 'error') throw part.error;
    else if (part.type === 'abort') throw request.signal.reason ?? new Error('aborted');
    else if (part.type === 'finish') {
      usage.input = part.totalUsage.inputTokens;
      usage.output = part.totalUsage.outputTokens;
    }
  }
}

/**
 * One model step as a stream of text deltas, returning its timings. Endpoint failures before the
 * first token hand the step to the offline model; after it, the error is the caller's to degrade.
 */
export async function* streamModelText(
  request: ModelTextRequest,
  sources: ModelSources,
): AsyncGenerator<string, ModelTextTiming> {
  const latency = createLatencyRecorder(performance.now());
  const usage: { input?: number; output?: number } = {};
  let source: ModelTextTiming['source'];
  const measured = async function* (text: AsyncIterable<string>) {
    for await (const delta of text) {
      latency.chunk();
      yield delta;
    }
  };
  if (sources.gateway?.isOnline(request.role)) {
    source = 'endpoint';
    try {
      yield* measured(streamFromGateway(sources.gateway, request, usage));
    } catch (error) {
      if (request.signal.aborted || latency.chunks > 0 || !sources.offlineModel) throw error;
      request.onFallback?.(describe(error));
      source = undefined;
    }
  }
  if (source === undefined) {
    if (!sources.offlineModel) throw new NoModelError(`no model for the ${request.role} role`);
    source = 'offline';
    yield* measured(streamFromModel(sources.offlineModel, request, usage));
  }
  const measurement = latency.finish(usage.output);
  return {
    source,
    ttftMs: measurement.ttftMs,
    tbtP50Ms: measurement.itlP50Ms,
    tbtP95Ms: measurement.itlP95Ms,
    inputTokens: usage.input,
    outputTokens: usage.output ?? latency.chunks,
  };
}
