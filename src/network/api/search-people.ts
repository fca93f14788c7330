import { sql } from 'kysely';
import { z } from 'zod';
import { parseLocation } from '../search/parse-location.ts';
import { rankedSearch } from '../search/ranked-search.ts';
import {
  integerIdSchema,
  limitSchema,
  locationSchema,
  offsetSchema,
  searchTextSchema,
} from './input-schemas.ts';
import { type MemberSummary, selectMemberSummaryRows, toMemberSummary } from './member-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { type SearchPage, toSearchPage } from './search-page.ts';
import type { Viewer } from './viewer.ts';
import { whereLocation } from './where-location.ts';

export const searchPeopleInput = z.object({
  query: searchTextSchema.describe('name, headline, skills or any words of the profile'),
  location: locationSchema,
  /** Members currently working at this company. */
  companyId: integerIdSchema.optional(),
  /** Members listing this taxonomy skill (case-insensitive). */
  skill: z.string().max(200).optional(),
  limit: limitSchema(),
  offset: offsetSchema,
});

/** Members ranked by relevance (by name without a query), filtered; public fields only. */
export async function searchPeople(
  { db }: NetworkContext,
  _viewer: Viewer,
  input: z.output<typeof searchPeopleInput>,
  signal: AbortSignal,
): Promise<SearchPage<MemberSummary>> {
  const page = await rankedSearch(db, {
    kind: 'member',
    text: input.query,
    limit: input.limit,
    offset: input.offset,
    signal,
    idColumn: 'members.member_id',
    idType: 'integer',
    browseOrder: [
      ['members.last_name', 'asc'],
      ['members.first_name', 'asc'],
    ],
    refOf: (row) => String(row.member_id),
    rows: () => {
      let rows = selectMemberSummaryRows(db);
      if (input.location) rows = whereLocation(rows, 'members', parseLocation(input.location));
      if (input.companyId !== undefined) {
        const companyId = input.companyId;
        rows = rows.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('member_positions')
              .select('member_positions.id')
              .whereRef('member_positions.member_id', '=', 'members.member_id')
              .where('member_positions.company_id', '=', companyId)
              .where('member_positions.end_date', 'is', null),
          ),
        );
      }
      if (input.skill) {
        const skill = input.skill.toLowerCase();
        rows = rows.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('member_skills')
              .select('member_skills.skill')
              .whereRef('member_skills.member_id', '=', 'members.member_id')
              .where(sql`lower(member_skills.skill)`, '=', skill),
          ),
        );
      }
      return rows;
    },
  });
  return toSearchPage(page, input, toMemberSummary);
}
