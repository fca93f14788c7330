import { createPlanStreamParser } from './create-plan-stream-parser.ts';
import type { PlanCall, Skill } from './types.ts';

/**
 * Yields each call of a streamed plan (e.g. an LLM's text deltas) the moment it is complete, so the
 * caller can fire it while the rest of the plan is still being written. Stops early on `signal`.
 */
export async function* parsePlanStream(
  chunks: AsyncIterable<string>,
  options: { skills: readonly Skill[]; signal?: AbortSignal },
): AsyncGenerator<PlanCall, void, undefined> {
  const parser = createPlanStreamParser(options);
  for await (const chunk of chunks) {
    options.signal?.throwIfAborted();
    yield* parser.push(chunk);
  }
  options.signal?.throwIfAborted();
  yield* parser.end();
}
