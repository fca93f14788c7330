import { createPlanStreamParser } from './create-plan-stream-parser.ts';
import type { PlanParseResult, Skill } from './types.ts';

/** Parses a whole plan at once: the stream parser fed a single chunk, so both always agree. */
export function parsePlan(text: string, options: { skills: readonly Skill[] }): PlanParseResult {
  const parser = createPlanStreamParser(options);
  parser.push(text);
  parser.end();
  return parser.result();
}
