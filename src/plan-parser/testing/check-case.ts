import { isDeepStrictEqual } from 'node:util';
import type { PlanParseResult } from '../types.ts';
import type { CorpusCase } from './load-corpus.ts';

/** A rejection the parser adds for a call cut off by the end of the text; the corpus leaves those out. */
export const isTruncation = (rejection: { detail?: string }) =>
  rejection.detail?.startsWith('truncated') ?? false;

/**
 * What differs between a parse and a corpus case: accepted calls must be exactly the expected ones in
 * order; rejections must match by skill and reason, in order (none expected when the case lists none),
 * except that in truncated cases the call cut off at the end may also be reported.
 */
export function caseProblems(
  expected: CorpusCase,
  result: Pick<PlanParseResult, 'calls' | 'rejected'>,
): string[] {
  const problems: string[] = [];
  const calls = result.calls.map(({ skill, args }) => ({ skill, args }));
  if (!isDeepStrictEqual(calls, expected.calls)) {
    problems.push(`calls: expected ${JSON.stringify(expected.calls)}, got ${JSON.stringify(calls)}`);
  }
  const rejected = result.rejected
    .filter((r) => !isTruncation(r))
    .map(({ skill, reason }) => ({ skill, reason }));
  // a cut-off last call may be reported however the parser reads what is left of it
  const compared =
    expected.kind === 'truncated' ? rejected.slice(0, expected.rejected?.length ?? 0) : rejected;
  if (!isDeepStrictEqual(compared, expected.rejected ?? [])) {
    problems.push(
      `rejected: expected ${JSON.stringify(expected.rejected ?? [])}, got ${JSON.stringify(result.rejected)}`,
    );
  }
  return problems;
}

/** A returned call that differs from every expected one: the parser was silently wrong. */
export function silentlyWrong(expected: CorpusCase, result: Pick<PlanParseResult, 'calls'>): boolean {
  return result.calls.some(
    (call) => !expected.calls.some((want) => isDeepStrictEqual({ skill: call.skill, args: call.args }, want)),
  );
}
