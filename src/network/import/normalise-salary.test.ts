import { describe, expect, it } from 'vitest';
import { plausibleYearlySalary, yearlySalary } from './normalise-salary.ts';

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

describe('plausibleYearlySalary', () => {
  it('keeps full-year figures and drops slips in the source instead of guessing', () => {
    expect(plausibleYearlySalary(17, 'HOURLY')).toBe(35_360); // job 921716
    expect(plausibleYearlySalary(71_323, 'BIWEEKLY')).toBeNull(); // job 3904388204: a yearly figure filed as BIWEEKLY
    expect(plausibleYearlySalary(200, 'YEARLY')).toBeNull(); // job 3728459637: "200" for 200k
    expect(plausibleYearlySalary(1, 'YEARLY')).toBeNull(); // job 3610032286's placeholder minimum
    expect(plausibleYearlySalary(130_813, 'YEARLY')).toBe(130_813);
    expect(plausibleYearlySalary(350, 'MONTHLY')).toBe(4_200); // job 2264355, part-time
  });
});
