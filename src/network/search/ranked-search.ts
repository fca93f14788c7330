import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type DocumentMatch, matchDocuments, refMatches, selectSnippets } from './match-documents.ts';
import { parseSearchText } from './parse-search-text.ts';
import type { SearchKind } from './search-document.ts';

export interface RankedSearchOptions<Row> {
  kind: SearchKind;
  /** Free text from the user; empty or absent lists the filtered rows in `browseOrder`. */
  text: string | undefined;
  limit: number;
  offset: number;
  signal: AbortSignal;
  /** The kind's rows with its filters applied (no ordering, no paging). */
  // biome-ignore lint/suspicious/noExplicitAny: each kind selects from its own tables
  rows: () => SelectQueryBuilder<any, any, Row>;
  /** The row id column that search_docs.ref names, e.g. 'jobs.job_id'. */
  idColumn: string;
  idType: 'integer' | 'text';
  /** Ordering without search text, e.g. newest first; idColumn breaks ties. */
  browseOrder: readonly [column: string, direction: 'asc' | 'desc'][];
  refOf: (row: Row) => string;
}

export interface RankedRow<Row> {
  row: Row;
  /** Relevance, higher is better; null when browsing without text. */
  score: number | null;
  /** Body extract around the matched terms, «marked»; null when browsing. */
  snippet: string | null;
}

export interface RankedPage<Row> {
  rows: RankedRow<Row>[];
  total: number;
  /** 'all' when every term matched; 'any' when that found nothing and the search was relaxed; null when browsing. */
  matched: 'all' | 'any' | null;
}

/**
 * Full-text search of one kind with the kind's own filters, paged with a total. Every term must
 * match; when that finds nothing, documents matching any term are ranked instead.
 */
export async function rankedSearch<Row>(
  db: Kysely<Database>,
  options: RankedSearchOptions<Row>,
): Promise<RankedPage<Row>> {
  const terms = options.text ? parseSearchText(options.text) : null;
  if (!terms) return { ...(await selectPage(db, options, null)), matched: null };
  const modes = terms.phrases.length > 1 ? (['all', 'any'] as const) : (['all'] as const);
  let page: Omit<RankedPage<Row>, 'matched'> = { rows: [], total: 0 };
  let match: DocumentMatch = { kind: options.kind, terms, mode: 'all' };
  for (const mode of modes) {
    match = { kind: options.kind, terms, mode };
    page = await selectPage(db, options, match);
    if (page.total > 0) break;
  }
  const snippets = await selectSnippets(
    db,
    match,
    page.rows.map((ranked) => options.refOf(ranked.row)),
  );
  return {
    rows: page.rows.map((ranked) => ({
      ...ranked,
      snippet: snippets.get(options.refOf(ranked.row)) ?? null,
    })),
    total: page.total,
    matched: match.mode,
  };
}

async function selectPage<Row>(
  db: Kysely<Database>,
  options: RankedSearchOptions<Row>,
  match: DocumentMatch | null,
): Promise<Omit<RankedPage<Row>, 'matched'>> {
  options.signal.throwIfAborted();
  let query = options.rows();
  if (match) {
    query = query
      .innerJoin(matchDocuments(db, match).as('hits'), (join) =>
        join.on(refMatches(db, options.idColumn, options.idType)),
      )
      .select(sql<number>`hits.score`.as('search_score'))
      .orderBy(sql`hits.score`, 'desc');
  } else {
    query = query.select(sql<null>`null`.as('search_score'));
    for (const [column, direction] of options.browseOrder) query = query.orderBy(sql.ref(column), direction);
  }
  query = query.orderBy(sql.ref(options.idColumn), 'asc');
  const rows = (await query
    .select(sql<number>`count(*) over ()`.as('search_total'))
    .limit(options.limit)
    .offset(options.offset)
    .execute()) as (Row & { search_score: number | null; search_total: number })[];
  const total = rows[0] ? Number(rows[0].search_total) : options.offset > 0 ? await countRows(db, query) : 0;
  return {
    rows: rows.map(({ search_score, search_total: _, ...row }) => ({
      row: row as Row,
      score: search_score === null ? null : Number(search_score),
      snippet: null,
    })),
    total,
  };
}

async function countRows(
  db: Kysely<Database>,
  // biome-ignore lint/suspicious/noExplicitAny: any kind's query
  query: SelectQueryBuilder<any, any, unknown>,
): Promise<number> {
  const row = await db
    .selectFrom(query.clearOrderBy().as('matching'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
