import { z } from 'zod';
import type { JobSummary, Salary } from '../../network/api/job-projection.ts';
import { joinPlace } from '../render-lines.ts';
import { experienceLevelEnum, workTypeEnum } from './llm-args.ts';

// A job posting in a list, as every job-listing skill returns and renders it.

export const jobSummaryOutput = z.object({
  job_id: z.number().int(),
  title: z.string(),
  company_id: z.number().int(),
  company: z.string(),
  location: z.string(),
  remote: z.boolean(),
  work_type: z.string().nullable(),
  experience_level: z.string().nullable(),
  /** e.g. "USD 80,000-100,000 a year" (yearly figures), null when the posting gives no pay. */
  salary: z.string().nullable(),
  /** YYYY-MM-DD */
  listed_on: z.string().nullable(),
});
export type JobSummaryOutput = z.infer<typeof jobSummaryOutput>;

export function toJobSummaryOutput(job: JobSummary): JobSummaryOutput {
  return {
    job_id: job.jobId,
    title: job.title,
    company_id: job.company.companyId,
    company: job.company.name,
    location: job.location.text || joinPlace(job.location.city, job.location.state, job.location.country),
    remote: job.location.remote,
    work_type: workTypeEnum.fromApi(job.workType),
    experience_level: experienceLevelEnum.fromApi(job.experienceLevel),
    salary: formatYearlySalary(job.salary),
    listed_on: job.listedAt?.slice(0, 10) ?? null,
  };
}

const amount = (value: number) => Math.round(value).toLocaleString('en-US');

export function formatYearlySalary(salary: Salary | null): string | null {
  if (!salary) return null;
  const { min, median, max } = salary.yearly;
  const currency = salary.currency ?? '';
  const range =
    min !== null && max !== null && min !== max
      ? `${amount(min)}-${amount(max)}`
      : [median, min, max].find((value): value is number => value !== null);
  if (range === undefined) return null;
  return `${currency} ${typeof range === 'number' ? amount(range) : range} a year`.trim();
}

/** One line: ids first so that answers can cite them. */
export function renderJobSummary(job: JobSummaryOutput): string {
  return [
    `[job_id ${job.job_id}] ${job.title} — ${job.company} (company_id ${job.company_id})`,
    job.location,
    job.remote ? 'remote' : null,
    job.work_type?.replace(/_/g, ' '),
    job.experience_level?.replace(/_/g, ' '),
    job.salary,
    job.listed_on ? `listed ${job.listed_on}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
