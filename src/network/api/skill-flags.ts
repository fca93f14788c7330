import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A taxonomy skill with O*NET's flags: "Hot" (frequently in postings) and in demand. */
export interface FlaggedSkill {
  name: string;
  hot: boolean;
  inDemand: boolean;
}

/** Flags of each named skill, hot if any occupation lists it as hot; unknown names get false flags. */
export async function selectFlaggedSkills(
  db: Kysely<Database>,
  names: readonly string[],
): Promise<FlaggedSkill[]> {
  if (names.length === 0) return [];
  const rows = await db
    .selectFrom('occupation_technologies')
    .select([
      'technology',
      (eb) => eb.fn.max('hot').as('hot'),
      (eb) => eb.fn.max('in_demand').as('in_demand'),
    ])
    .where('technology', 'in', [...new Set(names)])
    .groupBy('technology')
    .execute();
  const flags = new Map(rows.map((row) => [row.technology, row]));
  return names.map((name) => {
    const row = flags.get(name);
    return { name, hot: Number(row?.hot ?? 0) === 1, inDemand: Number(row?.in_demand ?? 0) === 1 };
  });
}
