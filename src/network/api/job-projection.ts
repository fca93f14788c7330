import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { toIsoTimestamp } from './format-values.ts';

export interface Salary {
  /** As published, in `period` units. */
  min: number | null;
  median: number | null;
  max: number | null;
  period: string | null;
  currency: string | null;
  /** Normalised to a yearly amount in `currency`. */
  yearly: { min: number | null; median: number | null; max: number | null };
}

export interface JobLocation {
  /** As published, e.g. "Austin, TX" or "United States". */
  text: string;
  city: string | null;
  state: string | null;
  country: string | null;
  remote: boolean;
}

export interface JobSummary {
  jobId: number;
  title: string;
  company: { companyId: number; name: string };
  location: JobLocation;
  workType: string | null;
  experienceLevel: string | null;
  salary: Salary | null;
  listedAt: string | null;
}

export interface Job extends JobSummary {
  description: string;
  skillsDescription: string | null;
  compensationType: string | null;
  expiresAt: string | null;
  views: number | null;
  applies: number | null;
  postingUrl: string | null;
  applicationUrl: string | null;
  /** Taxonomy technologies found in the posting. */
  skills: string[];
}

const SUMMARY_COLUMNS = [
  'jobs.job_id',
  'jobs.title',
  'jobs.company_id',
  'companies.name as company_name',
  'jobs.location',
  'jobs.city',
  'jobs.state',
  'jobs.country',
  'jobs.remote',
  'jobs.work_type',
  'jobs.experience_level',
  'jobs.pay_period',
  'jobs.min_salary',
  'jobs.med_salary',
  'jobs.max_salary',
  'jobs.currency',
  'jobs.yearly_min',
  'jobs.yearly_med',
  'jobs.yearly_max',
  'jobs.listed_at',
] as const;

const DETAIL_COLUMNS = [
  'jobs.description',
  'jobs.skills_desc',
  'jobs.compensation_type',
  'jobs.expires_at',
  'jobs.views',
  'jobs.applies',
  'jobs.posting_url',
  'jobs.application_url',
] as const;

/** Jobs joined to their company, summary columns selected; callers add filters. */
export function selectJobSummaryRows(db: Kysely<Database>) {
  return db
    .selectFrom('jobs')
    .innerJoin('companies', 'companies.company_id', 'jobs.company_id')
    .select(SUMMARY_COLUMNS);
}

export function selectJobRows(db: Kysely<Database>) {
  return selectJobSummaryRows(db).select(DETAIL_COLUMNS);
}

type JobSummaryRow = Awaited<ReturnType<ReturnType<typeof selectJobSummaryRows>['executeTakeFirstOrThrow']>>;
type JobRow = Awaited<ReturnType<ReturnType<typeof selectJobRows>['executeTakeFirstOrThrow']>>;

const number = (value: number | null): number | null => (value === null ? null : Number(value));

export function toJobSummary(row: JobSummaryRow): JobSummary {
  const published = [row.min_salary, row.med_salary, row.max_salary].some((value) => value !== null);
  return {
    jobId: Number(row.job_id),
    title: row.title,
    company: { companyId: Number(row.company_id), name: row.company_name },
    location: {
      text: row.location,
      city: row.city,
      state: row.state,
      country: row.country,
      remote: Number(row.remote) === 1,
    },
    workType: row.work_type,
    experienceLevel: row.experience_level,
    salary: published
      ? {
          min: number(row.min_salary),
          median: number(row.med_salary),
          max: number(row.max_salary),
          period: row.pay_period,
          currency: row.currency,
          yearly: {
            min: number(row.yearly_min),
            median: number(row.yearly_med),
            max: number(row.yearly_max),
          },
        }
      : null,
    listedAt: toIsoTimestamp(row.listed_at),
  };
}

export function toJob(row: JobRow, skills: string[]): Job {
  return {
    ...toJobSummary(row),
    description: row.description,
    skillsDescription: row.skills_desc,
    compensationType: row.compensation_type,
    expiresAt: toIsoTimestamp(row.expires_at),
    views: number(row.views),
    applies: number(row.applies),
    postingUrl: row.posting_url,
    applicationUrl: row.application_url,
    skills,
  };
}

/** The taxonomy skills of one job, alphabetical. */
export async function selectJobSkills(db: Kysely<Database>, jobId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('job_skills')
    .select('skill')
    .where('job_id', '=', jobId)
    .orderBy('skill')
    .execute();
  return rows.map((row) => row.skill);
}
