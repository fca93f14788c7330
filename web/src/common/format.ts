import type { JobSummary } from '../api/network-schemas.ts';

const day = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' });
const money = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0, notation: 'compact' });

export function formatDay(iso: string | null): string {
  return iso ? day.format(new Date(iso)) : '';
}

/** "$90K–$120K a year", or null when the posting gives no pay. */
export function formatSalary(salary: JobSummary['salary']): string | null {
  if (!salary) return null;
  const { min, median, max } = salary.yearly;
  const format = money(salary.currency ?? 'USD');
  if (min !== null && max !== null && min !== max)
    return `${format.format(min)}–${format.format(max)} a year`;
  const one = median ?? min ?? max;
  return one === null ? null : `${format.format(one)} a year`;
}

export function formatWords(value: string | null): string {
  return value
    ? value
        .replaceAll('_', ' ')
        .toLowerCase()
        .replace(/^./, (c) => c.toUpperCase())
    : '';
}

/** "Ada Lovelace" → "AL", for avatars. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .slice(0, 2)
    .join('');
}
