import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { clip } from '../render-lines.ts';
import { jobSummaryOutput, renderJobSummary, toJobSummaryOutput } from './job-summary.ts';
import { idArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

const DESCRIPTION_CHARS = 1_500;

export const jobDetails = defineSkill({
  name: 'job_details',
  description:
    'Fetch one job posting by job_id: description, required skills, pay, location and how to apply.',
  whenToUse: 'When a job_id is known (the job being viewed or one from a search) and its details matter.',
  examples: skillExamples('job_details'),
  input: z.object({ job_id: idArg('the posting') }),
  output: jobSummaryOutput.extend({
    description: z.string(),
    skills: z.array(z.string()),
    apply_url: z.string().nullable(),
  }),
  readOnly: true,
  maxRenderTokens: 600,
  async call(input, { network, viewer, signal }) {
    const job = await network.getJob(viewer, { jobId: input.job_id }, signal);
    return {
      ...toJobSummaryOutput(job),
      description: clip(job.description, DESCRIPTION_CHARS),
      skills: job.skills,
      apply_url: job.applicationUrl ?? job.postingUrl,
    };
  },
  render: (job) => [
    renderJobSummary(job),
    `skills: ${job.skills.join(', ') || 'none extracted'}`,
    ...(job.apply_url ? [`apply: ${job.apply_url}`] : []),
    `description: ${job.description}`,
  ],
});
