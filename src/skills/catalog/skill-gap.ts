import { z } from 'zod';
import type { FlaggedSkill } from '../../network/api/skill-flags.ts';
import { defineSkill } from '../define-skill.ts';
import { jobSummaryOutput, renderJobSummary, toJobSummaryOutput } from './job-summary.ts';
import { idArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

const flaggedSkillOutput = z.object({ name: z.string(), hot: z.boolean() });
const toFlagged = (skill: FlaggedSkill) => ({ name: skill.name, hot: skill.hot });
const listFlagged = (skills: { name: string; hot: boolean }[]) =>
  skills.map((skill) => (skill.hot ? `${skill.name} (hot)` : skill.name)).join(', ') || 'none';

export const skillGap = defineSkill({
  name: 'skill_gap',
  description:
    "Compare a member's skills (the asking member by default) with a job's: skills they have, skills they lack (hot technologies first) and coverage.",
  whenToUse:
    'For "am I a fit", "what am I missing", "what should I learn for this job" questions about a job_id.',
  examples: skillExamples('skill_gap'),
  input: z.object({
    job_id: idArg('the posting'),
    member_id: idArg('the member; omit for the asking member').optional(),
  }),
  output: z.object({
    member_id: z.number().int(),
    job: jobSummaryOutput,
    coverage: z.number().nullable(),
    matched: z.array(flaggedSkillOutput),
    missing: z.array(flaggedSkillOutput),
    extra: z.array(flaggedSkillOutput),
  }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const gap = await network.computeSkillGap(
      viewer,
      { jobId: input.job_id, memberId: input.member_id },
      signal,
    );
    return {
      member_id: gap.member.memberId,
      job: toJobSummaryOutput(gap.job),
      coverage: gap.coverage,
      matched: gap.matched.map(toFlagged),
      missing: gap.missing.map(toFlagged),
      extra: gap.extra.map(toFlagged),
    };
  },
  render: (gap) => [
    `member_id ${gap.member_id} vs ${renderJobSummary(gap.job)}`,
    `coverage: ${gap.coverage === null ? 'the posting names no known skills' : `${Math.round(gap.coverage * 100)}% of the job's skills`}`,
    `has: ${listFlagged(gap.matched)}`,
    `missing: ${listFlagged(gap.missing)}`,
    `other skills of the member: ${listFlagged(gap.extra)}`,
  ],
});
