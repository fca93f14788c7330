import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { jobSummaryOutput, renderJobSummary, toJobSummaryOutput } from './job-summary.ts';
import {
  experienceLevelEnum,
  idArg,
  isoDayArg,
  locationArg,
  resultLimitArg,
  workTypeEnum,
} from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

export const jobSearch = defineSkill({
  name: 'job_search',
  description:
    'Search open job postings by keywords (title, skills, company) with location, remote, work type, seniority and date filters.',
  whenToUse:
    'To find jobs or openings for a role, skill, company or place; not for one known job_id (job_details) or pay figures (salary_insights).',
  examples: skillExamples('job_search'),
  input: z.object({
    query: z.string().max(300).optional().describe('title, skills or other words of the posting'),
    location: locationArg,
    remote: z.boolean().optional().describe('true: remote jobs only'),
    work_type: workTypeEnum.schema.optional(),
    experience_level: experienceLevelEnum.schema.optional(),
    company: z.string().max(200).optional().describe('company name words'),
    company_id: idArg('only this company').optional(),
    posted_after: isoDayArg('listed on or after'),
    limit: resultLimitArg(5),
  }),
  output: z.object({ total: z.number().int(), jobs: z.array(jobSummaryOutput) }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const page = await network.searchJobs(
      viewer,
      {
        query: input.query,
        location: input.location,
        remote: input.remote,
        workType: workTypeEnum.toApi(input.work_type),
        experienceLevel: experienceLevelEnum.toApi(input.experience_level),
        company: input.company,
        companyId: input.company_id,
        postedAfter: input.posted_after,
        limit: input.limit,
      },
      signal,
    );
    return { total: page.total, jobs: page.items.map(toJobSummaryOutput) };
  },
  render: (output) => [
    `${output.total} job(s) found; showing ${output.jobs.length}:`,
    ...output.jobs.map(renderJobSummary),
  ],
});
