import { z } from 'zod';
import { integerIdSchema } from './input-schemas.ts';
import { type Job, selectJobRows, selectJobSkills, toJob } from './job-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const getJobInput = z.object({ jobId: integerIdSchema });

/** One job posting with its company, salary, location and extracted skills. */
export async function getJob(
  { db }: NetworkContext,
  _viewer: Viewer,
  { jobId }: z.output<typeof getJobInput>,
  signal: AbortSignal,
): Promise<Job> {
  signal.throwIfAborted();
  const row = await selectJobRows(db).where('jobs.job_id', '=', jobId).executeTakeFirst();
  if (!row) throw new NotFoundError('job', jobId);
  return toJob(row, await selectJobSkills(db, jobId));
}
