import { join } from 'node:path';
import { z } from 'zod';
import { PAY_PERIODS } from './normalise-salary.ts';
import { parseIntegerId } from './parse-integer-id.ts';
import { readTable } from './read-table.ts';

/** The posting files, in import order. postings-extra.csv lacks med_salary and skills_desc and adds columns we do not use. */
export const POSTING_FILES = ['postings.csv', 'postings-extra.csv'] as const;

const text = z.string().transform((value) => value.trim() || null);
const integer = z.string().transform((value, ctx) => {
  try {
    return parseIntegerId(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});
const amount = z.string().transform((value, ctx) => {
  if (value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) ctx.addIssue({ code: 'custom', message: `not a number: "${value}"` });
  return number;
});
const flag = z.string().transform((value) => value.trim() !== '' && Number(value) !== 0);
const payPeriod = z.union([z.enum(PAY_PERIODS), z.literal('').transform(() => null)]);

const postingRow = z.object({
  job_id: integer.pipe(z.number()),
  company_id: integer,
  company_name: text,
  title: z.string().transform((value) => value.trim()),
  description: z.string(),
  skills_desc: text.optional().transform((value) => value ?? null),
  location: z.string(),
  remote_allowed: flag,
  work_type: text,
  formatted_work_type: text,
  formatted_experience_level: text,
  pay_period: payPeriod,
  min_salary: amount,
  med_salary: amount.optional().transform((value) => value ?? null),
  max_salary: amount,
  currency: text,
  compensation_type: text,
  listed_time: integer,
  expiry: integer,
  views: integer,
  applies: integer,
  job_posting_url: text,
  application_url: text,
});

export type Posting = z.output<typeof postingRow>;

/** All job postings from `data/jobs`, validated, with ids and times parsed exactly. */
export async function readPostings(dataDir: string): Promise<Posting[]> {
  const files = await Promise.all(
    POSTING_FILES.map((file) => readTable(join(dataDir, 'jobs', file), 'csv', postingRow)),
  );
  return files.flat();
}
