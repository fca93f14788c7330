/**
 * The largest load level whose added latency stays within the budget, counting only levels up to
 * the first one that breaks it (a level that passes after a failure is noise, not capacity).
 * Levels in ascending order of load; undefined when even the first breaks the budget.
 */
export function largestWithinBudget(
  levels: readonly { level: number; addedMs: number }[],
  budgetMs: number,
): number | undefined {
  let largest: number | undefined;
  for (const { level, addedMs } of levels) {
    if (!(addedMs < budgetMs)) break;
    largest = level;
  }
  return largest;
}
