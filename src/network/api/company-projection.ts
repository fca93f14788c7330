import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface CompanySummary {
  companyId: number;
  name: string;
  location: { city: string | null; state: string | null; country: string | null };
  /** LinkedIn size bucket 0-7, null when unknown. */
  size: number | null;
  employeeCount: number | null;
  followerCount: number | null;
  industries: string[];
  url: string | null;
}

export interface Company extends CompanySummary {
  description: string;
  address: string | null;
  specialities: string[];
  /** 'dataset': the company has its own row in the companies data; 'postings': described from its job postings. */
  source: 'dataset' | 'postings';
  jobCount: number;
}

const SUMMARY_COLUMNS = [
  'companies.company_id',
  'companies.name',
  'companies.city',
  'companies.state',
  'companies.country',
  'companies.company_size',
  'companies.employee_count',
  'companies.follower_count',
  'companies.url',
] as const;

export function selectCompanySummaryRows(db: Kysely<Database>) {
  return db.selectFrom('companies').select(SUMMARY_COLUMNS);
}

export function selectCompanyRows(db: Kysely<Database>) {
  return selectCompanySummaryRows(db).select([
    'companies.description',
    'companies.address',
    'companies.source',
  ]);
}

type CompanySummaryRow = Awaited<
  ReturnType<ReturnType<typeof selectCompanySummaryRows>['executeTakeFirstOrThrow']>
>;
type CompanyRow = Awaited<ReturnType<ReturnType<typeof selectCompanyRows>['executeTakeFirstOrThrow']>>;

const number = (value: number | null): number | null => (value === null ? null : Number(value));

export function toCompanySummary(row: CompanySummaryRow, industries: string[]): CompanySummary {
  return {
    companyId: Number(row.company_id),
    name: row.name,
    location: { city: row.city, state: row.state, country: row.country },
    size: number(row.company_size),
    employeeCount: number(row.employee_count),
    followerCount: number(row.follower_count),
    industries,
    url: row.url,
  };
}

export function toCompany(
  row: CompanyRow,
  details: { industries: string[]; specialities: string[]; jobCount: number },
): Company {
  return {
    ...toCompanySummary(row, details.industries),
    description: row.description,
    address: row.address,
    specialities: details.specialities,
    source: row.source,
    jobCount: details.jobCount,
  };
}

/** Industries of each listed company, by id. */
export async function selectIndustries(
  db: Kysely<Database>,
  companyIds: readonly number[],
): Promise<Map<number, string[]>> {
  const industries = new Map<number, string[]>();
  if (companyIds.length === 0) return industries;
  const rows = await db
    .selectFrom('company_industries')
    .select(['company_id', 'industry'])
    .where('company_id', 'in', [...new Set(companyIds)])
    .orderBy('industry')
    .execute();
  for (const row of rows) {
    const id = Number(row.company_id);
    industries.set(id, [...(industries.get(id) ?? []), row.industry]);
  }
  return industries;
}
