import type { Kysely } from 'kysely';
import type { Database } from '../../network/db/schema.ts';

// O*NET tasks and related occupations of one occupation. The network has no internal API for these
// two tables yet, so occupation_insights reads them here; they are public taxonomy data (no member
// fields). They belong beside get-occupation-skills.ts in src/network/api when that API is added.

export interface OccupationProfile {
  description: string;
  tasks: string[];
  related: { onetCode: string; title: string }[];
}

export async function selectOccupationProfile(
  db: Kysely<Database>,
  onetCode: string,
  limits: { tasks: number; related: number },
  signal: AbortSignal,
): Promise<OccupationProfile> {
  signal.throwIfAborted();
  const [occupation, tasks, related] = await Promise.all([
    db.selectFrom('occupations').select('description').where('onet_code', '=', onetCode).executeTakeFirst(),
    db
      .selectFrom('occupation_tasks')
      .select('task')
      .where('onet_code', '=', onetCode)
      // Core tasks before supplemental ones, in O*NET's order.
      .orderBy((eb) => eb.case().when('task_type', '=', 'Core').then(0).else(1).end())
      .orderBy('task_id')
      .limit(limits.tasks)
      .execute(),
    db
      .selectFrom('related_occupations')
      .innerJoin('occupations', 'occupations.onet_code', 'related_occupations.related_code')
      .select(['occupations.onet_code', 'occupations.title'])
      .where('related_occupations.onet_code', '=', onetCode)
      .orderBy('related_occupations.rank')
      .limit(limits.related)
      .execute(),
  ]);
  return {
    description: occupation?.description ?? '',
    tasks: tasks.map((row) => row.task),
    related: related.map((row) => ({ onetCode: row.onet_code, title: row.title })),
  };
}
