import { type Kysely, type RawBuilder, sql } from 'kysely';
import { isPostgres } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { SearchTerms } from './parse-search-text.ts';
import { type MatchOptions, renderFts5Query } from './render-fts5-query.ts';
import { renderTsquery } from './render-tsquery.ts';
import type { SearchKind } from './search-document.ts';

/** search_docs as the queries below see it (not in the typed schema: on SQLite it is an FTS5 table). */
interface SearchDocsTable {
  kind: string;
  ref: string;
  title: string;
  body: string;
}
interface SearchDatabase extends Database {
  search_docs: SearchDocsTable;
}

export interface DocumentMatch extends MatchOptions {
  kind: SearchKind;
  terms: SearchTerms;
}

/** The title column counts ten times the body in BM25 (ts_rank's default weights do the same for A over B). */
const BM25_WEIGHTS = sql.raw('0, 0, 10, 1');

/**
 * The documents of one kind that match, as rows of (ref, score) with higher scores better: BM25 on
 * SQLite, ts_rank on Postgres. Join it to the kind's table with `refMatches`.
 */
export function matchDocuments(db: Kysely<Database>, { kind, terms, ...options }: DocumentMatch) {
  const search = db as unknown as Kysely<SearchDatabase>;
  if (isPostgres(db)) {
    const query = sql`to_tsquery('english', ${renderTsquery(terms, options)})`;
    return search
      .selectFrom('search_docs')
      .select(['ref', sql<number>`ts_rank(tsv, ${query})`.as('score')])
      .where('kind', '=', kind)
      .where(sql<boolean>`tsv @@ ${query}`);
  }
  return search
    .selectFrom('search_docs')
    .select(['ref', sql<number>`-bm25(search_docs, ${BM25_WEIGHTS})`.as('score')])
    .where('kind', '=', kind)
    .where(sql<boolean>`search_docs match ${renderFts5Query(terms, options)}`);
}

/** Join condition between `hits.ref` (text) and a row id column, integer or text. */
export function refMatches(
  db: Kysely<Database>,
  idColumn: string,
  idType: 'integer' | 'text',
): RawBuilder<boolean> {
  if (idType === 'text') return sql<boolean>`${sql.ref(idColumn)} = hits.ref`;
  return sql<boolean>`${sql.ref(idColumn)} = cast(hits.ref as ${sql.raw(isPostgres(db) ? 'bigint' : 'integer')})`;
}

/**
 * A short extract of each listed document's body around the matched terms, «marked». Run for one
 * page of results only: building snippets is the expensive part of a full-text query.
 */
export async function selectSnippets(
  db: Kysely<Database>,
  match: DocumentMatch,
  refs: readonly string[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const search = db as unknown as Kysely<SearchDatabase>;
  const { kind, terms, ...options } = match;
  const rows = isPostgres(db)
    ? await search
        .selectFrom('search_docs')
        .select([
          'ref',
          sql<string>`ts_headline('english', body, to_tsquery('english', ${renderTsquery(terms, options)}),
            'StartSel=«, StopSel=», MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=" … "')`.as(
            'snippet',
          ),
        ])
        .where('kind', '=', kind)
        .where('ref', 'in', refs)
        .execute()
    : await search
        .selectFrom('search_docs')
        .select(['ref', sql<string>`snippet(search_docs, 3, '«', '»', '…', 24)`.as('snippet')])
        .where('kind', '=', kind)
        .where(sql<boolean>`search_docs match ${renderFts5Query(terms, options)}`)
        .where('ref', 'in', refs)
        .execute();
  return new Map(rows.map((row) => [row.ref, row.snippet]));
}
