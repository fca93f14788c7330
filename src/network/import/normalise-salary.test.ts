import { describe, expect, it } from 'vitest';
import { yearlySalary } from './normalise-salary.ts';

describe('yearlySalary', () => {
  it('scales each pay period to a year', () => {
    expect(yearlySalary(17, 'HOURLY')).toBe(35_360);
    expect(yearlySalary(20, 'HOURLY')).toBe(41_600);
    expect(yearlySalary(1_000, 'WEEKLY')).toBe(52_000);
    expect(yearlySalary(2_000, 'BIWEEKLY')).toBe(52_000);
    expect(yearlySalary(4_061, 'MONTHLY')).toBe(48_732);
    expect(yearlySalary(45_000, 'YEARLY')).toBe(45_000);
  });

  it('keeps cents and avoids float noise', () => {
    expect(yearlySalary(17.15, 'HOURLY')).toBe(35_672);
    expect(yearlySalary(0.1, 'MONTHLY')).toBe(1.2);
  });

  it('is null without an amount or a period', () => {
    expect(yearlySalary(null, 'HOURLY')).toBeNull();
    expect(yearlySalary(50_000, null)).toBeNull();
  });
});
