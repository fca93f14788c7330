import { describe, expect, it } from 'vitest';
import { SeededRandom, WeightedPicker } from './seeded-random.ts';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.int(1, 100));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('samples distinct items, favouring heavy ones', () => {
    const random = new SeededRandom(1);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    const picker = new WeightedPicker(['rare', 'common'], (item) => (item === 'common' ? 99 : 1));
    const common = Array.from({ length: 1000 }, () => picker.pick(random)).filter(
      (item) => item === 'common',
    ).length;
    expect(common).toBeGreaterThan(950);
  });
});
