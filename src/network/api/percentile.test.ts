import { expect, it } from 'vitest';
import { percentile } from './percentile.ts';

it('interpolates between sorted values', () => {
  expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
  expect(percentile([10, 20, 30, 40], 0.25)).toBe(17.5);
  expect(percentile([10], 0.75)).toBe(10);
  expect(percentile([], 0.5)).toBeNull();
});
