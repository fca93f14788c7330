import { join } from 'node:path';
import { z } from 'zod';
import { insertInBatches } from '../db/insert-in-batches.ts';
import type { CompanyTable } from '../db/schema.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import { toStateCode } from '../search/us-states.ts';
import { describePostingCompany } from './describe-posting-company.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { parseIntegerId } from './parse-integer-id.ts';
import { postingCompanyIds, UNDISCLOSED_EMPLOYER_NAME } from './posting-company-id.ts';
import { type Posting, readPostings } from './read-postings.ts';
import { readTable } from './read-table.ts';

const id = z.string().transform((value, ctx) => {
  const parsed = parseIntegerId(value);
  if (parsed === null) ctx.addIssue({ code: 'custom', message: 'missing company_id' });
  return parsed ?? z.NEVER;
});
// The companies files write "0" where a value is unknown.
const optionalText = z
  .string()
  .transform((value) => (value.trim() === '' || value.trim() === '0' ? null : value.trim()));
const optionalInteger = z.string().transform((value) => parseIntegerId(value));

const companyRow = z.object({
  company_id: id,
  name: z.string().min(1),
  description: z.string(),
  company_size: optionalInteger,
  state: optionalText,
  country: optionalText,
  city: optionalText,
  zip_code: optionalText,
  address: optionalText,
  url: optionalText,
});
const industryRow = z.object({ company_id: id, industry: z.string().min(1) });
const specialityRow = z.object({ company_id: id, speciality: z.string().min(1) });
const employeeCountRow = z.object({
  company_id: id,
  employee_count: optionalInteger,
  follower_count: optionalInteger,
  time_recorded: id,
});

/**
 * Imports the companies data set (keeping company_id; the CSVs' unnamed first column is a pandas
 * index and is ignored) with industries, specialities and the latest employee and follower counts,
 * then adds every employer that only postings name (see `postingCompanyIds`), described from them.
 */
export async function importCompanies({
  db,
  dataDir,
  signal,
  progress,
}: ImportContext): Promise<ImportCounts> {
  const file = (name: string) => join(dataDir, 'companies', name);
  const [companies, industries, specialities, employeeCounts, postings] = await Promise.all([
    readTable(file('companies.csv'), 'csv', companyRow),
    readTable(file('company_industries.csv'), 'csv', industryRow),
    readTable(file('company_specialities.csv'), 'csv', specialityRow),
    readTable(file('employee_counts.csv'), 'csv', employeeCountRow),
    readPostings(dataDir),
  ]);
  signal.throwIfAborted();
  progress.total(companies.length + postings.length);

  const latestCounts = new Map<number, (typeof employeeCounts)[number]>();
  for (const row of employeeCounts) {
    const known = latestCounts.get(row.company_id);
    if (!known || row.time_recorded > known.time_recorded) latestCounts.set(row.company_id, row);
  }

  const postingsByCompany = groupPostingsByCompany(companies, postings);
  const rows: CompanyTable[] = companies.map((company) => {
    const counts = latestCounts.get(company.company_id);
    const ownPostings = postingsByCompany.get(company.company_id);
    return {
      company_id: company.company_id,
      name: company.name,
      description:
        company.description.trim() || (ownPostings ? describePostingCompany(company.name, ownPostings) : ''),
      company_size: company.company_size,
      city: company.city,
      state:
        company.state &&
        (company.country === 'US' ? (toStateCode(company.state) ?? company.state) : company.state),
      country: company.country,
      zip_code: company.zip_code,
      address: company.address,
      url: company.url,
      employee_count: counts?.employee_count ?? null,
      follower_count: counts?.follower_count ?? null,
      source: 'dataset',
    };
  });
  progress.advance(companies.length);

  const datasetIds = new Set(rows.map((row) => row.company_id));
  for (const [companyId, ownPostings] of postingsByCompany) {
    if (datasetIds.has(companyId)) continue;
    const name = ownPostings.find((p) => p.company_name !== null)?.company_name ?? null;
    rows.push({
      company_id: companyId,
      name: name ?? UNDISCLOSED_EMPLOYER_NAME,
      description: describePostingCompany(name, ownPostings),
      company_size: null,
      city: null,
      state: null,
      country: null,
      zip_code: null,
      address: null,
      url: null,
      employee_count: null,
      follower_count: null,
      source: 'postings',
    });
  }
  progress.advance(postings.length);
  signal.throwIfAborted();

  const counts: ImportCounts = {
    companies: await insertInBatches(db, 'companies', rows),
    company_industries: await insertInBatches(db, 'company_industries', dedupe(industries, 'industry')),
    company_specialities: await insertInBatches(
      db,
      'company_specialities',
      dedupe(specialities, 'speciality'),
    ),
  };

  const industriesOf = groupValues(industries, 'industry');
  const specialitiesOf = groupValues(specialities, 'speciality');
  await indexSearchDocuments(
    db,
    rows.map((company) => ({
      kind: 'company',
      ref: String(company.company_id),
      title: company.name,
      body: [
        company.description,
        ...(industriesOf.get(company.company_id) ?? []),
        ...(specialitiesOf.get(company.company_id) ?? []),
        company.city,
        company.state,
      ]
        .filter(Boolean)
        .join('\n'),
    })),
  );
  return counts;
}

/** Each posting under the company it links to (see `postingCompanyIds`), in file order. */
function groupPostingsByCompany(
  companies: readonly { company_id: number; name: string }[],
  postings: readonly Posting[],
): Map<number, Posting[]> {
  const companyIds = postingCompanyIds(
    companies.map((c) => ({ id: c.company_id, name: c.name })),
    postings,
  );
  const grouped = new Map<number, Posting[]>();
  postings.forEach((posting, index) => {
    const companyId = companyIds[index] as number;
    grouped.set(companyId, [...(grouped.get(companyId) ?? []), posting]);
  });
  return grouped;
}

function dedupe<Row extends { company_id: number }, Key extends keyof Row & string>(
  rows: readonly Row[],
  key: Key,
) {
  const seen = new Set<string>();
  return rows
    .filter((row) => {
      const pair = `${row.company_id}\t${String(row[key])}`;
      return !seen.has(pair) && seen.add(pair);
    })
    .map(
      (row) => ({ company_id: row.company_id, [key]: row[key] }) as { company_id: number } & Pick<Row, Key>,
    );
}

function groupValues<Row extends { company_id: number }>(
  rows: readonly Row[],
  key: keyof Row,
): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const row of rows)
    grouped.set(row.company_id, [...(grouped.get(row.company_id) ?? []), String(row[key])]);
  return grouped;
}
