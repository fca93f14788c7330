import { sql } from 'kysely';
import { z } from 'zod';
import { parseLocation } from '../search/parse-location.ts';
import { rankedSearch } from '../search/ranked-search.ts';
import {
  type CompanySummary,
  selectCompanySummaryRows,
  selectIndustries,
  toCompanySummary,
} from './company-projection.ts';
import { limitSchema, locationSchema, offsetSchema, searchTextSchema } from './input-schemas.ts';
import type { NetworkContext } from './network-context.ts';
import { type SearchPage, toSearchPage } from './search-page.ts';
import type { Viewer } from './viewer.ts';
import { whereLocation } from './where-location.ts';

export const searchCompaniesInput = z.object({
  query: searchTextSchema.describe('name, industry, specialities or any words of the description'),
  location: locationSchema,
  /** An industry name, e.g. "Software Development" (case-insensitive). */
  industry: z.string().max(200).optional(),
  limit: limitSchema(),
  offset: offsetSchema,
});

/** Companies ranked by relevance (most followed first without a query), filtered. */
export async function searchCompanies(
  { db }: NetworkContext,
  _viewer: Viewer,
  input: z.output<typeof searchCompaniesInput>,
  signal: AbortSignal,
): Promise<SearchPage<CompanySummary>> {
  const page = await rankedSearch(db, {
    kind: 'company',
    text: input.query,
    limit: input.limit,
    offset: input.offset,
    signal,
    idColumn: 'companies.company_id',
    idType: 'integer',
    browseOrder: [['companies.follower_count', 'desc']],
    refOf: (row) => String(row.company_id),
    rows: () => {
      let rows = selectCompanySummaryRows(db);
      if (input.location) rows = whereLocation(rows, 'companies', parseLocation(input.location));
      if (input.industry) {
        const industry = input.industry.toLowerCase();
        rows = rows.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('company_industries')
              .select('company_industries.industry')
              .whereRef('company_industries.company_id', '=', 'companies.company_id')
              .where(sql`lower(company_industries.industry)`, '=', industry),
          ),
        );
      }
      return rows;
    },
  });
  const industries = await selectIndustries(
    db,
    page.rows.map((ranked) => Number(ranked.row.company_id)),
  );
  return toSearchPage(page, input, (row) =>
    toCompanySummary(row, industries.get(Number(row.company_id)) ?? []),
  );
}
