import { z } from 'zod';
import type { NetworkContext } from './network-context.ts';
import { type FlaggedSkill, selectFlaggedSkills } from './skill-flags.ts';
import type { Viewer } from './viewer.ts';

export const extractSkillsInput = z.object({ text: z.string().min(1).max(20_000) });

/** Taxonomy (O*NET technology) skills named in free text, in order of mention, with hot flags. */
export async function extractSkills(
  context: NetworkContext,
  _viewer: Viewer,
  { text }: z.output<typeof extractSkillsInput>,
  signal: AbortSignal,
): Promise<{ skills: FlaggedSkill[] }> {
  const names = await context.extractSkills(text, signal);
  return { skills: await selectFlaggedSkills(context.db, names) };
}
