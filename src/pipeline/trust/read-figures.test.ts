import { expect, it } from 'vitest';
import { readFigures } from './read-figures.ts';

it('reads figures with their scale, and marks money, percentages and scaled amounts', () => {
  const figures = readFigures(
    'Pays $120k–$150K, or 1,234.5 EUR; grew 12% to 3.5 million; posted 2024-03-01, v2, 42 people.',
  );
  expect(figures.map(({ value, marked, percent }) => ({ value, marked, percent }))).toEqual([
    { value: 120_000, marked: true, percent: false },
    { value: 150_000, marked: true, percent: false },
    { value: 1234.5, marked: true, percent: false },
    { value: 12, marked: true, percent: true },
    { value: 3_500_000, marked: true, percent: false },
    { value: 2024, marked: false, percent: false },
    { value: 3, marked: false, percent: false },
    { value: 1, marked: false, percent: false },
    { value: 42, marked: false, percent: false },
  ]);
  expect(readFigures('under 120 characters')[0]?.after).toBe(' characters');
});
