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
  /** Every gap, in arrival order. */
  interChunkMs: Float64Array;
  /** The same gaps in ascending order: percentiles and histogram buckets in one pass. */
  sortedInterChunkMs: Float64Array;
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

/**
 * `expectedChunks` sizes the gap buffer (a call's max output tokens): the per-chunk work is a
 * timestamp and a store into a preallocated array, with no allocation; everything else happens once in `finish`.
 */
export function createLatencyRecorder(startedAt: number, expectedChunks = 256): LatencyRecorder {
  let firstAt: number | undefined;
  let lastAt = 0;
  let chunks = 0;
  // Capped: a generous max-tokens setting should not reserve megabytes; the buffer doubles if needed.
  let gaps = new Float64Array(Math.min(Math.max(1, expectedChunks), 1024));
  return {
    get chunks() {
      return chunks;
    },
    chunk(at = performance.now()) {
      if (chunks === 0) firstAt = at;
      else {
        if (chunks > gaps.length) {
          const grown = new Float64Array(gaps.length * 2);
          grown.set(gaps);
          gaps = grown;
        }
        gaps[chunks - 1] = at - lastAt;
      }
      lastAt = at;
      chunks++;
    },
    finish(outputTokens, at = performance.now()) {
      const e2eMs = at - startedAt;
      const ttftMs = firstAt === undefined ? undefined : firstAt - startedAt;
      const tokens = outputTokens ?? chunks;
      const interChunkMs = gaps.subarray(0, Math.max(0, chunks - 1));
      // A typed array sorts by value without a comparator.
      const sortedInterChunkMs = interChunkMs.slice().sort();
      return {
        ttftMs,
        interChunkMs,
        sortedInterChunkMs,
        itlP50Ms: sortedInterChunkMs.length ? percentileOfSorted(sortedInterChunkMs, 50) : undefined,
        itlP95Ms: sortedInterChunkMs.length ? percentileOfSorted(sortedInterChunkMs, 95) : undefined,
        tpotMs: ttftMs !== undefined && tokens > 1 ? (e2eMs - ttftMs) / (tokens - 1) : undefined,
        e2eMs,
        outputTokensPerSecond: tokens > 0 && e2eMs > 0 ? tokens / (e2eMs / 1000) : undefined,
      };
    },
  };
}
