import { type SelectQueryBuilder, sql } from 'kysely';
import type { LocationFilter } from '../search/parse-location.ts';

/**
 * Restricts a query to a location on one table's city/state columns (case-insensitive). "Remote"
 * means remote postings on jobs and is ignored for tables without a remote flag.
 */
// biome-ignore lint/suspicious/noExplicitAny: applies to any query that has the table
export function whereLocation<Query extends SelectQueryBuilder<any, any, any>>(
  query: Query,
  table: 'jobs' | 'members' | 'companies',
  location: LocationFilter,
): Query {
  let filtered = query;
  if (location.state) filtered = filtered.where(sql.ref(`${table}.state`), '=', location.state) as Query;
  if (location.city) {
    filtered = filtered.where(
      sql`lower(${sql.ref(`${table}.city`)})`,
      '=',
      location.city.toLowerCase(),
    ) as Query;
  }
  if (location.remote && table === 'jobs') filtered = filtered.where(sql.ref('jobs.remote'), '=', 1) as Query;
  return filtered;
}
