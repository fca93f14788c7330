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
