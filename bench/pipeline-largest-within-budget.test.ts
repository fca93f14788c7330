import { describe, expect, it } from 'vitest';
import { largestWithinBudget } from './pipeline-largest-within-budget.ts';

/** Levels 1, 5, 10, 50, 100, … with the given added latencies. */
const levels = (...addedMs: number[]) =>
  addedMs.map((added, index) => ({ level: [1, 5, 10, 50, 100][index] as number, addedMs: added }));

describe('largestWithinBudget', () => {
  it('is the last level before the first one over budget, whatever comes after', () => {
    expect(largestWithinBudget(levels(0, 12, 49.9, 80, 30), 50)).toBe(10);
  });

  it('counts a level exactly at the budget, or not measured (NaN), as over it', () => {
    expect(largestWithinBudget(levels(0, 50), 50)).toBe(1);
    expect(largestWithinBudget(levels(Number.NaN), 50)).toBeUndefined();
  });

  it('is every level when none breaks the budget, and none when there are none', () => {
    expect(largestWithinBudget(levels(1, 2), 50)).toBe(5);
    expect(largestWithinBudget([], 50)).toBeUndefined();
  });
});
