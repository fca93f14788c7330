import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { jobSummaryOutput, renderJobSummary, toJobSummaryOutput } from './job-summary.ts';
import { idArg, resultLimitArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

export const similarJobs = defineSkill({
  name: 'similar_jobs',
  description: 'Find postings similar to a given job_id, ranked by shared skills and title words.',
  whenToUse:
    'For alternatives to a job the member is viewing or liked: "jobs like this one", "similar roles".',
  examples: skillExamples('similar_jobs'),
  input: z.object({ job_id: idArg('the posting to compare with'), limit: resultLimitArg(5) }),
  output: z.object({
    job: jobSummaryOutput,
    similar: z.array(jobSummaryOutput.extend({ similarity: z.number(), shared_skills: z.array(z.string()) })),
  }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const found = await network.findSimilarJobs(viewer, { jobId: input.job_id, limit: input.limit }, signal);
    return {
      job: toJobSummaryOutput(found.job),
      similar: found.items.map((item) => ({
        ...toJobSummaryOutput(item),
        similarity: item.similarity,
        shared_skills: item.sharedSkills,
      })),
    };
  },
  render: (output) => [
    `jobs similar to job_id ${output.job.job_id} (${output.job.title}): ${output.similar.length}`,
    ...output.similar.map(
      (job) =>
        `${renderJobSummary(job)} · similarity ${job.similarity}${job.shared_skills.length > 0 ? ` · shared skills: ${job.shared_skills.join(', ')}` : ''}`,
    ),
  ],
});
