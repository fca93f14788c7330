import { z } from 'zod';
import { integerIdSchema, limitSchema, offsetSchema } from './input-schemas.ts';
import { type JobSummary, selectJobSummaryRows, toJobSummary } from './job-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Page } from './page.ts';
import type { Viewer } from './viewer.ts';

export const listCompanyJobsInput = z.object({
  companyId: integerIdSchema,
  limit: limitSchema(),
  offset: offsetSchema,
});

/** A company's job postings, newest first. */
export async function listCompanyJobs(
  { db }: NetworkContext,
  _viewer: Viewer,
  { companyId, limit, offset }: z.output<typeof listCompanyJobsInput>,
  signal: AbortSignal,
): Promise<Page<JobSummary>> {
  signal.throwIfAborted();
  const [company, total, rows] = await Promise.all([
    db.selectFrom('companies').select('company_id').where('company_id', '=', companyId).executeTakeFirst(),
    db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('company_id', '=', companyId)
      .executeTakeFirstOrThrow(),
    selectJobSummaryRows(db)
      .where('jobs.company_id', '=', companyId)
      .orderBy('jobs.listed_at', 'desc')
      .orderBy('jobs.job_id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  if (!company) throw new NotFoundError('company', companyId);
  return { items: rows.map(toJobSummary), total: Number(total.n), limit, offset };
}
