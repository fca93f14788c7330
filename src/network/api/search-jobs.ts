import { sql } from 'kysely';
import { z } from 'zod';
import { EXPERIENCE_LEVELS, WORK_TYPES } from '../job-vocabulary.ts';
import { parseLocation } from '../search/parse-location.ts';
import { rankedSearch } from '../search/ranked-search.ts';
import { DAY_MS, dayStart } from './format-values.ts';
import {
  integerIdSchema,
  isoDaySchema,
  limitSchema,
  locationSchema,
  offsetSchema,
  searchTextSchema,
} from './input-schemas.ts';
import { type JobSummary, selectJobSummaryRows, toJobSummary } from './job-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { type SearchPage, toSearchPage } from './search-page.ts';
import type { Viewer } from './viewer.ts';
import { whereLocation } from './where-location.ts';

export const searchJobsInput = z.object({
  query: searchTextSchema.describe('title, skills, company or any words of the posting'),
  location: locationSchema,
  remote: z.boolean().optional(),
  workType: z.enum(WORK_TYPES).optional(),
  experienceLevel: z.enum(EXPERIENCE_LEVELS).optional(),
  companyId: integerIdSchema.optional(),
  /** Company name words, e.g. "Google"; use companyId for an exact company. */
  company: z.string().max(200).optional(),
  postedAfter: isoDaySchema.optional().describe('YYYY-MM-DD, inclusive'),
  postedBefore: isoDaySchema.optional().describe('YYYY-MM-DD, inclusive'),
  limit: limitSchema(),
  offset: offsetSchema,
});

/** Job postings ranked by relevance to the query (newest first without one), filtered. */
export async function searchJobs(
  { db }: NetworkContext,
  _viewer: Viewer,
  input: z.output<typeof searchJobsInput>,
  signal: AbortSignal,
): Promise<SearchPage<JobSummary>> {
  const page = await rankedSearch(db, {
    kind: 'job',
    text: input.query,
    limit: input.limit,
    offset: input.offset,
    signal,
    idColumn: 'jobs.job_id',
    idType: 'integer',
    browseOrder: [['jobs.listed_at', 'desc']],
    refOf: (row) => String(row.job_id),
    rows: () => {
      let rows = selectJobSummaryRows(db);
      if (input.location) rows = whereLocation(rows, 'jobs', parseLocation(input.location));
      if (input.remote !== undefined) rows = rows.where('jobs.remote', '=', input.remote ? 1 : 0);
      if (input.workType) rows = rows.where('jobs.work_type', '=', input.workType);
      if (input.experienceLevel) rows = rows.where('jobs.experience_level', '=', input.experienceLevel);
      if (input.companyId) rows = rows.where('jobs.company_id', '=', input.companyId);
      if (input.company) {
        const pattern = `%${escapeLike(input.company.toLowerCase())}%`;
        rows = rows.where(sql<boolean>`lower(companies.name) like ${pattern} escape '\\'`);
      }
      if (input.postedAfter) rows = rows.where('jobs.listed_at', '>=', dayStart(input.postedAfter));
      if (input.postedBefore) rows = rows.where('jobs.listed_at', '<', dayStart(input.postedBefore) + DAY_MS);
      return rows;
    },
  });
  return toSearchPage(page, input, toJobSummary);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
