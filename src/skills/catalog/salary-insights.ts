import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { locationArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

const amount = (value: number) => Math.round(value).toLocaleString('en-US');

export const salaryInsights = defineSkill({
  name: 'salary_insights',
  description:
    'Yearly salary statistics (median, quartiles, range) from the job postings whose title matches, optionally in a location.',
  whenToUse: 'For pay questions: what a role pays, salary ranges, whether an offer is fair, pay in a city.',
  examples: skillExamples('salary_insights'),
  input: z.object({
    title: z.string().min(1).max(200).describe('job title, e.g. "data analyst"'),
    location: locationArg,
  }),
  output: z.object({
    title: z.string(),
    location: z.string().nullable(),
    matched_postings: z.number().int(),
    by_currency: z.array(
      z.object({
        currency: z.string(),
        postings: z.number().int(),
        min: z.number(),
        p25: z.number(),
        median: z.number(),
        p75: z.number(),
        max: z.number(),
      }),
    ),
    sample_job_ids: z.array(z.number().int()),
  }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const stats = await network.getSalaryStatistics(
      viewer,
      { title: input.title, location: input.location },
      signal,
    );
    return {
      title: stats.title,
      location: stats.location,
      matched_postings: stats.matchedPostings,
      by_currency: stats.byCurrency.map(({ count, ...distribution }) => ({
        ...distribution,
        postings: count,
      })),
      sample_job_ids: stats.sampleJobIds,
    };
  },
  render: (stats) => [
    `salaries for "${stats.title}"${stats.location ? ` in ${stats.location}` : ''}: ${stats.matched_postings} matching posting(s)`,
    ...(stats.by_currency.length === 0 ? ['no matching posting publishes a salary'] : []),
    ...stats.by_currency.map(
      (d) =>
        `${d.currency}, ${d.postings} posting(s) with pay, yearly: median ${amount(d.median)}, middle half ${amount(d.p25)}-${amount(d.p75)}, range ${amount(d.min)}-${amount(d.max)}`,
    ),
    ...(stats.sample_job_ids.length > 0 ? [`from postings job_id ${stats.sample_job_ids.join(', ')}`] : []),
  ],
});
