import { percentileOfSorted } from './percentile-of-sorted.ts';

/**
 * Latency of one streamed call, with vLLM's benchmark definitions
 * (vllm/benchmarks/serve.py), all in milliseconds from the client's side:
 *
 * - TTFT, time to first token: from the moment the caller asked (queue wait and retries
 *   included, as the member feels it) to the first output chunk.
 * - ITL, inter-token latency: every gap between consecutive output chunks. Servers may pack
 *   several tokens in one chunk, so this is OpenTelemetry's "time per output chunk".
 * - TPOT, time per output token: (end-to-end latency − TTFT) / (output tokens − 1), the mean
 *   decode cost per token after the first; undefined with fewer than two tokens.
 * - E2E latency: from asking to the end of the stream (or the error); output tokens/s =
 *   output tokens / E2E.
 *
 * LinkedIn's TBT (time between tokens) is ITL; its distribution (p50/p95) matters more than the
 * mean because reasoning tokens multiply it.
 */
export interface LatencyMeasurement {
  ttftMs: number | undefined;
  interChunkMs: number[];
  itlP50Ms: number | undefined;
  itlP95Ms: number | undefined;
  tpotMs: number | undefined;
  e2eMs: number;
  outputTokensPerSecond: number | undefined;
}

export interface LatencyRecorder {
  /** Call on every output chunk as it arrives. */
  chunk(at?: number): void;
  readonly chunks: number;
  finish(outputTokens: number | undefined, at?: number): LatencyMeasurement;
}

export function createLatencyRecorder(startedAt: number): LatencyRecorder {
  let firstAt: number | undefined;
  let lastAt: number | undefined;
  let chunks = 0;
  const interChunkMs: number[] = [];
  return {
    get chunks() {
      return chunks;
    },
    chunk(at = performance.now()) {
      if (lastAt === undefined) firstAt = at;
      else interChunkMs.push(at - lastAt);
      lastAt = at;
      chunks++;
    },
    finish(outputTokens, at = performance.now()) {
      const e2eMs = at - startedAt;
      const ttftMs = firstAt === undefined ? undefined : firstAt - startedAt;
      const tokens = outputTokens ?? chunks;
      // One numeric sort for both percentiles (a typed array sorts by value without a comparator).
      const sortedGaps = new Float64Array(interChunkMs).sort();
      return {
        ttftMs,
        interChunkMs,
        itlP50Ms: sortedGaps.length ? percentileOfSorted(sortedGaps, 50) : undefined,
        itlP95Ms: sortedGaps.length ? percentileOfSorted(sortedGaps, 95) : undefined,
        tpotMs: ttftMs !== undefined && tokens > 1 ? (e2eMs - ttftMs) / (tokens - 1) : undefined,
        e2eMs,
        outputTokensPerSecond: tokens > 0 && e2eMs > 0 ? tokens / (e2eMs / 1000) : undefined,
      };
    },
  };
}
