import type { LlmRole } from '../config/llm-config-schema.ts';
import type { GatewayErrorCode } from '../gateway/gateway-error.ts';
import type { LatencyMeasurement } from './measure-latency.ts';

/** Everything known about one gateway call once it ends, successful or not. */
export interface CallReport extends LatencyMeasurement {
  /** The GenAI operation name: a streamed chat completion or an embeddings request. */
  operation: 'chat' | 'embeddings';
  role: LlmRole;
  memberId: string | undefined;
  /** The endpoint that produced the answer, or the last one tried. */
  endpoint: { name: string; url: string; model: string } | undefined;
  outcome: 'ok' | 'aborted' | GatewayErrorCode;
  /** Failed attempts before the one that answered (or all, when none did). */
  failedAttempts: { endpoint: string; error: string }[];
  retries: number;
  queueWaitMs: number;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  costUsd: number | undefined;
  finishReason: string | undefined;
  /** performance.now() when the caller asked. */
  startedAt: number;
}
