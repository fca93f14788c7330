import { z } from 'zod';
import { integerIdSchema } from './input-schemas.ts';
import { type JobSummary, selectJobSkills, selectJobSummaryRows, toJobSummary } from './job-projection.ts';
import { type MemberSummary, selectMemberSummaries } from './member-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { InvalidInputError, NotFoundError } from './network-errors.ts';
import { type FlaggedSkill, selectFlaggedSkills } from './skill-flags.ts';
import type { Viewer } from './viewer.ts';

export const computeSkillGapInput = z.object({
  jobId: integerIdSchema,
  /** Defaults to the viewer. */
  memberId: integerIdSchema.optional(),
});

export interface SkillGap {
  member: MemberSummary;
  job: JobSummary;
  /** Job skills the member has. */
  matched: FlaggedSkill[];
  /** Job skills the member lacks: hot ones first. */
  missing: FlaggedSkill[];
  /** Member skills the job does not ask for. */
  extra: FlaggedSkill[];
  /** matched / job skills, 0..1; null when the posting names no taxonomy skills. */
  coverage: number | null;
}

/** Which of a job's skills a member has, lacks, and has beyond it. */
export async function computeSkillGap(
  { db }: NetworkContext,
  viewer: Viewer,
  input: z.output<typeof computeSkillGapInput>,
  signal: AbortSignal,
): Promise<SkillGap> {
  const memberId = input.memberId ?? viewer.memberId;
  if (memberId === null) {
    throw new InvalidInputError([{ field: 'memberId', message: 'required when no member is signed in' }]);
  }
  signal.throwIfAborted();
  const [members, jobRow, jobSkills, memberSkillRows] = await Promise.all([
    selectMemberSummaries(db, [memberId]),
    selectJobSummaryRows(db).where('jobs.job_id', '=', input.jobId).executeTakeFirst(),
    selectJobSkills(db, input.jobId),
    db
      .selectFrom('member_skills')
      .select('skill')
      .where('member_id', '=', memberId)
      .orderBy('skill')
      .execute(),
  ]);
  const member = members.get(memberId);
  if (!member) throw new NotFoundError('member', memberId);
  if (!jobRow) throw new NotFoundError('job', input.jobId);
  const memberSkills = memberSkillRows.map((row) => row.skill);
  const has = new Set(memberSkills.map((skill) => skill.toLowerCase()));
  const wanted = new Set(jobSkills.map((skill) => skill.toLowerCase()));
  const flagged = new Map(
    (await selectFlaggedSkills(db, [...jobSkills, ...memberSkills])).map((skill) => [skill.name, skill]),
  );
  const flags = (names: string[]) =>
    names.map((name) => flagged.get(name) ?? { name, hot: false, inDemand: false });
  const hotFirst = (a: FlaggedSkill, b: FlaggedSkill) =>
    Number(b.hot) - Number(a.hot) || a.name.localeCompare(b.name);
  const matched = flags(jobSkills.filter((skill) => has.has(skill.toLowerCase())));
  return {
    member,
    job: toJobSummary(jobRow),
    matched,
    missing: flags(jobSkills.filter((skill) => !has.has(skill.toLowerCase()))).sort(hotFirst),
    extra: flags(memberSkills.filter((skill) => !wanted.has(skill.toLowerCase()))).sort(hotFirst),
    coverage: jobSkills.length === 0 ? null : Math.round((matched.length / jobSkills.length) * 1000) / 1000,
  };
}
