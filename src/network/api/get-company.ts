import { z } from 'zod';
import { type Company, selectCompanyRows, selectIndustries, toCompany } from './company-projection.ts';
import { integerIdSchema } from './input-schemas.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const getCompanyInput = z.object({ companyId: integerIdSchema });

/** A company with its industries, specialities, counts and number of open postings. */
export async function getCompany(
  { db }: NetworkContext,
  _viewer: Viewer,
  { companyId }: z.output<typeof getCompanyInput>,
  signal: AbortSignal,
): Promise<Company> {
  signal.throwIfAborted();
  const [row, industries, specialities, jobs] = await Promise.all([
    selectCompanyRows(db).where('companies.company_id', '=', companyId).executeTakeFirst(),
    selectIndustries(db, [companyId]),
    db
      .selectFrom('company_specialities')
      .select('speciality')
      .where('company_id', '=', companyId)
      .orderBy('speciality')
      .execute(),
    db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('company_id', '=', companyId)
      .executeTakeFirstOrThrow(),
  ]);
  if (!row) throw new NotFoundError('company', companyId);
  return toCompany(row, {
    industries: industries.get(companyId) ?? [],
    specialities: specialities.map((speciality) => speciality.speciality),
    jobCount: Number(jobs.n),
  });
}
