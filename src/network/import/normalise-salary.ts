export const PAY_PERIODS = ['HOURLY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Pay periods per year: a full-time year is 52 weeks of 40 hours. */
const PERIODS_PER_YEAR: Record<PayPeriod, number> = {
  HOURLY: 2080,
  WEEKLY: 52,
  BIWEEKLY: 26,
  MONTHLY: 12,
  YEARLY: 1,
};

/** A published pay figure as a yearly amount in the same currency; null when either part is missing. */
export function yearlySalary(amount: number | null, period: PayPeriod | null): number | null {
  if (amount === null || period === null) return null;
  return Math.round(amount * PERIODS_PER_YEAR[period] * 100) / 100;
}

/**
 * Yearly figures outside this range are data-entry slips in the source (a yearly salary filed as
 * BIWEEKLY, "200" meaning 200k, a "1" placeholder); guessing the intended figure would be silently
 * wrong, so such a figure is not normalised at all and stays only as published. The floor is low
 * because real part-time pay is small ($350 a month for a part-time worship leader, job 2264355).
 */
export const PLAUSIBLE_YEARLY_SALARY = { min: 1_000, max: 1_500_000 } as const;

/** `yearlySalary`, or null when the result is implausible as a full year's pay. */
export function plausibleYearlySalary(amount: number | null, period: PayPeriod | null): number | null {
  const yearly = yearlySalary(amount, period);
  if (yearly === null) return null;
  return yearly >= PLAUSIBLE_YEARLY_SALARY.min && yearly <= PLAUSIBLE_YEARLY_SALARY.max ? yearly : null;
}
