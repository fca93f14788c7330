import { describe, expect, it } from 'vitest';
import { parseIntegerId } from './parse-integer-id.ts';

describe('parseIntegerId', () => {
  it('reads plain, pandas-float and exponent forms exactly', () => {
    expect(parseIntegerId('921716')).toBe(921716);
    expect(parseIntegerId('2774458.0')).toBe(2774458);
    expect(parseIntegerId('3.9e9')).toBe(3_900_000_000);
    expect(parseIntegerId('3.902356107E9')).toBe(3902356107);
    expect(parseIntegerId('1712275200000.0')).toBe(1712275200000);
    expect(parseIntegerId('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('returns null for an empty value', () => {
    expect(parseIntegerId('')).toBeNull();
    expect(parseIntegerId('  ')).toBeNull();
  });

  it('rejects fractions, garbage and ids a float would round', () => {
    expect(() => parseIntegerId('12.5')).toThrow(/whole/);
    expect(() => parseIntegerId('3.9012345678e3')).toThrow(/whole/);
    expect(() => parseIntegerId('abc')).toThrow(/not a number/);
    expect(() => parseIntegerId('9007199254740993')).toThrow(/range/);
  });
});
