import type { Gateway } from '../llm/gateway/create-gateway.ts';
import type { RouteAgent } from './agents.ts';
import { askLlmForAgent } from './ask-llm-for-agent.ts';
import { predictAgent } from './predict-agent.ts';
import type { RouteInput } from './route-input.ts';
import type { RouterModel } from './router-model.ts';

export interface RouteResult {
  agent: RouteAgent;
  /** The small model's calibrated probability for `agent` (low when the LLM overrode the model). */
  confidence: number;
  /** `model-fallback`: the model's answer, below threshold, because the LLM was offline, failed, timed out or answered no agent. */
  source: 'model' | 'llm' | 'model-fallback';
  /** Why the LLM could not decide, with `model-fallback`. */
  fallbackReason?: string;
}

export interface RouteOptions {
  model: RouterModel;
  /** Without one (or with the small role offline) routing is model-only. */
  gateway?: Gateway;
  /** Defaults to the model's own threshold. */
  threshold?: number;
  /** Routing must stay cheap: past this the model's answer stands. */
  llmTimeoutMs?: number;
  signal: AbortSignal;
}

const DEFAULT_LLM_TIMEOUT_MS = 3000;

/**
 * The routing cascade: the in-house model answers when its calibrated confidence reaches the
 * threshold; below it the small LLM decides, and if the LLM cannot, the model's answer stands,
 * marked `model-fallback`. The caller's abort is the only error it throws.
 */
export async function routeQuery(input: RouteInput, options: RouteOptions): Promise<RouteResult> {
  const prediction = predictAgent(options.model, input);
  const threshold = options.threshold ?? options.model.threshold;
  if (prediction.confidence >= threshold) {
    return { agent: prediction.agent, confidence: prediction.confidence, source: 'model' };
  }
  const fallback = (reason: string): RouteResult => ({
    agent: prediction.agent,
    confidence: prediction.confidence,
    source: 'model-fallback',
    fallbackReason: reason,
  });
  if (!options.gateway?.isOnline('small'))
    return fallback('no LLM endpoint is configured for the small role');
  const timeoutMs = options.llmTimeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  try {
    const agent = await askLlmForAgent(
      options.gateway,
      input,
      AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]),
    );
    if (agent === undefined) return fallback('the LLM named no agent');
    return { agent, confidence: prediction.probabilities[agent], source: 'llm' };
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    return fallback(error instanceof Error ? error.message : String(error));
  }
}
