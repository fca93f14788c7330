import { describe, expect, it } from 'vitest';
import { largestWithinBudget } from './pipeline-largest-within-budget.ts';

describe('largestWithinBudget', () => {
  it('is the last level before the first one over budget', () => {
    const levels = [
      { level: 1, addedMs: 0 },
      { level: 10, addedMs: 12 },
      { level: 50, addedMs: 49.9 },
      { level: 100, addedMs: 80 },
      { level: 200, addedMs: 30 },
    ];
    expect(largestWithinBudget(levels, 50)).toBe(50);
  });

  it('counts a level exactly at the budget, or not measured (NaN), as over it', () => {
    expect(
      largestWithinBudget(
        [
          { level: 1, addedMs: 0 },
          { level: 5, addedMs: 50 },
        ],
        50,
      ),
    ).toBe(1);
    expect(largestWithinBudget([{ level: 1, addedMs: Number.NaN }], 50)).toBeUndefined();
  });

  it('is every level when none breaks the budget, and none when there are none', () => {
    expect(
      largestWithinBudget(
        [
          { level: 1, addedMs: 1 },
          { level: 5, addedMs: 2 },
        ],
        50,
      ),
    ).toBe(5);
    expect(largestWithinBudget([], 50)).toBeUndefined();
  });
});
