import { z } from 'zod';
import { onetCodeSchema } from './get-occupation-skills.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const getOccupationProfileInput = z.object({
  onetCode: onetCodeSchema,
  taskLimit: z.number().int().min(1).max(100).default(10),
  relatedLimit: z.number().int().min(1).max(50).default(10),
  technologyLimit: z.number().int().min(1).max(200).default(20),
});

export interface OccupationProfile {
  onetCode: string;
  title: string;
  description: string;
  /** O*NET job zone 1-5 (preparation needed), null when unknown. */
  jobZone: number | null;
  /** Core tasks first, in O*NET's order. */
  tasks: string[];
  /** O*NET's related occupations, closest first: the usual career moves. */
  relatedOccupations: { onetCode: string; title: string }[];
  /** Technologies O*NET flags as hot for the occupation, in-demand ones first. */
  hotTechnologies: string[];
}

/** One O*NET occupation: what it is, its tasks, related occupations and hot technologies. Public taxonomy data. */
export async function getOccupationProfile(
  { db }: NetworkContext,
  _viewer: Viewer,
  { onetCode, taskLimit, relatedLimit, technologyLimit }: z.output<typeof getOccupationProfileInput>,
  signal: AbortSignal,
): Promise<OccupationProfile> {
  signal.throwIfAborted();
  const [occupation, tasks, related, technologies] = await Promise.all([
    db
      .selectFrom('occupations')
      .select(['onet_code', 'title', 'description', 'job_zone'])
      .where('onet_code', '=', onetCode)
      .executeTakeFirst(),
    db
      .selectFrom('occupation_tasks')
      .select('task')
      .where('onet_code', '=', onetCode)
      .orderBy((eb) => eb.case().when('task_type', '=', 'Core').then(0).else(1).end())
      .orderBy('task_id')
      .limit(taskLimit)
      .execute(),
    db
      .selectFrom('related_occupations')
      .innerJoin('occupations', 'occupations.onet_code', 'related_occupations.related_code')
      .select(['occupations.onet_code', 'occupations.title'])
      .where('related_occupations.onet_code', '=', onetCode)
      .orderBy('related_occupations.rank')
      .limit(relatedLimit)
      .execute(),
    db
      .selectFrom('occupation_technologies')
      .select('technology')
      .where('onet_code', '=', onetCode)
      .where('hot', '=', 1)
      .orderBy('in_demand', 'desc')
      .orderBy('technology')
      .limit(technologyLimit)
      .execute(),
  ]);
  if (!occupation) throw new NotFoundError('occupation', onetCode);
  return {
    onetCode: occupation.onet_code,
    title: occupation.title,
    description: occupation.description,
    jobZone: occupation.job_zone === null ? null : Number(occupation.job_zone),
    tasks: tasks.map((row) => row.task),
    relatedOccupations: related.map((row) => ({ onetCode: row.onet_code, title: row.title })),
    hotTechnologies: technologies.map((row) => row.technology),
  };
}
