import { z } from 'zod';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { FlaggedSkill } from './skill-flags.ts';
import type { Viewer } from './viewer.ts';

export const onetCodeSchema = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code like "15-1252.00"');

export const getOccupationSkillsInput = z.object({
  onetCode: onetCodeSchema,
  hotOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(100),
});

export interface OccupationSkill extends FlaggedSkill {
  /** UNSPSC commodity, e.g. "Object or component oriented development software". */
  category: string;
}

export interface OccupationSkills {
  occupation: { onetCode: string; title: string; jobZone: number | null };
  /** Hot and in-demand skills first. */
  skills: OccupationSkill[];
  total: number;
}

/** The technology skills O*NET lists for an occupation, with hot and in-demand flags. */
export async function getOccupationSkills(
  { db }: NetworkContext,
  _viewer: Viewer,
  { onetCode, hotOnly, limit }: z.output<typeof getOccupationSkillsInput>,
  signal: AbortSignal,
): Promise<OccupationSkills> {
  signal.throwIfAborted();
  let skills = db
    .selectFrom('occupation_technologies')
    .select(['technology', 'commodity_title', 'hot', 'in_demand'])
    .where('onet_code', '=', onetCode);
  if (hotOnly) skills = skills.where('hot', '=', 1);
  const [occupation, rows] = await Promise.all([
    db
      .selectFrom('occupations')
      .select(['onet_code', 'title', 'job_zone'])
      .where('onet_code', '=', onetCode)
      .executeTakeFirst(),
    skills.orderBy('hot', 'desc').orderBy('in_demand', 'desc').orderBy('technology').execute(),
  ]);
  if (!occupation) throw new NotFoundError('occupation', onetCode);
  return {
    occupation: {
      onetCode: occupation.onet_code,
      title: occupation.title,
      jobZone: occupation.job_zone === null ? null : Number(occupation.job_zone),
    },
    skills: rows.slice(0, limit).map((row) => ({
      name: row.technology,
      category: row.commodity_title,
      hot: Number(row.hot) === 1,
      inDemand: Number(row.in_demand) === 1,
    })),
    total: rows.length,
  };
}
