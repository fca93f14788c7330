import { z } from 'zod';
import { matchDocuments, refMatches } from '../search/match-documents.ts';
import { parseLocation } from '../search/parse-location.ts';
import { parseSearchText } from '../search/parse-search-text.ts';
import { locationSchema } from './input-schemas.ts';
import type { NetworkContext } from './network-context.ts';
import { InvalidInputError } from './network-errors.ts';
import { percentile } from './percentile.ts';
import type { Viewer } from './viewer.ts';
import { whereLocation } from './where-location.ts';

export const getSalaryStatisticsInput = z.object({
  title: z.string().min(1).max(200).describe('job title words, all of which must be in the posting title'),
  location: locationSchema,
});

/** Yearly salaries in one currency; a posting counts once, at its median (or the middle of its range). */
export interface SalaryDistribution {
  currency: string;
  count: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

export interface SalaryStatistics {
  title: string;
  location: string | null;
  /** Postings whose title matched, with or without a published salary. */
  matchedPostings: number;
  byCurrency: SalaryDistribution[];
  /** Some postings behind the figures, for citing. */
  sampleJobIds: number[];
}

const SAMPLE_SIZE = 10;

/** Salary distribution of the postings whose title has every word of `title`, optionally in a location. */
export async function getSalaryStatistics(
  { db }: NetworkContext,
  _viewer: Viewer,
  { title, location }: z.output<typeof getSalaryStatisticsInput>,
  signal: AbortSignal,
): Promise<SalaryStatistics> {
  const terms = parseSearchText(title);
  if (!terms) throw new InvalidInputError([{ field: 'title', message: 'has no words to match' }]);
  signal.throwIfAborted();
  let query = db
    .selectFrom('jobs')
    .innerJoin(
      matchDocuments(db, {
        kind: 'job',
        terms: { ...terms, prefixLast: false },
        mode: 'all',
        titleOnly: true,
      }).as('hits'),
      (join) => join.on(refMatches(db, 'jobs.job_id', 'integer')),
    )
    .select(['jobs.job_id', 'jobs.currency', 'jobs.yearly_min', 'jobs.yearly_med', 'jobs.yearly_max'])
    .orderBy('hits.score', 'desc');
  if (location) query = whereLocation(query, 'jobs', parseLocation(location));
  const rows = await query.execute();
  const byCurrency = new Map<string, number[]>();
  const paid: number[] = [];
  for (const row of rows) {
    const yearly = yearlyPoint(row.yearly_min, row.yearly_med, row.yearly_max);
    if (yearly === null || !row.currency) continue;
    byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), yearly]);
    paid.push(Number(row.job_id));
  }
  return {
    title,
    location: location ?? null,
    matchedPostings: rows.length,
    byCurrency: [...byCurrency.entries()]
      .map(([currency, values]) => distribution(currency, values))
      .sort((a, b) => b.count - a.count),
    sampleJobIds: paid.slice(0, SAMPLE_SIZE),
  };
}

function yearlyPoint(min: number | null, median: number | null, max: number | null): number | null {
  if (median !== null) return Number(median);
  if (min !== null && max !== null) return (Number(min) + Number(max)) / 2;
  const one = min ?? max;
  return one === null ? null : Number(one);
}

function distribution(currency: string, values: number[]): SalaryDistribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => Math.round(percentile(sorted, fraction) ?? 0);
  return {
    currency,
    count: sorted.length,
    min: at(0),
    p25: at(0.25),
    median: at(0.5),
    p75: at(0.75),
    max: at(1),
  };
}
