import { expect, it } from 'vitest';
import { normaliseWorkType } from './normalise-work-type.ts';

it('normalises work types from either column', () => {
  expect(normaliseWorkType('FULL_TIME', 'Full-time')).toBe('FULL_TIME');
  expect(normaliseWorkType(null, 'Part-time')).toBe('PART_TIME');
  expect(normaliseWorkType('', 'full time')).toBe('FULL_TIME');
  expect(normaliseWorkType('Seasonal')).toBe('OTHER');
  expect(normaliseWorkType(null, null)).toBeNull();
});
