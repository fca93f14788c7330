import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { companyReferenceArgs, resolveCompanyId } from './company-reference.ts';
import { jobSummaryOutput, renderJobSummary, toJobSummaryOutput } from './job-summary.ts';
import { resultLimitArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

export const companyJobs = defineSkill({
  name: 'company_jobs',
  description: "List a company's open job postings, newest first, by company_id or name.",
  whenToUse: 'When the member asks what a particular company is hiring for or which roles it has open.',
  examples: skillExamples('company_jobs'),
  input: z.object({ ...companyReferenceArgs, limit: resultLimitArg(5) }),
  output: z.object({
    company_id: z.number().int(),
    total: z.number().int(),
    jobs: z.array(jobSummaryOutput),
  }),
  readOnly: true,
  async call(input, context) {
    const companyId = await resolveCompanyId(input, context);
    const page = await context.network.listCompanyJobs(
      context.viewer,
      { companyId, limit: input.limit },
      context.signal,
    );
    return { company_id: companyId, total: page.total, jobs: page.items.map(toJobSummaryOutput) };
  },
  render: (output) => [
    `company_id ${output.company_id}: ${output.total} job posting(s); newest ${output.jobs.length}:`,
    ...output.jobs.map(renderJobSummary),
  ],
});
