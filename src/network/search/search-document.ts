import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

export const SEARCH_KINDS = ['job', 'company', 'member', 'post', 'article'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One row of the full-text index: `ref` is the row's own id (job_id, company_id, member_id, slug, article_id). */
export interface SearchDocument {
  kind: SearchKind;
  ref: string;
  title: string;
  body: string;
}

const BATCH = 500;

/** Adds documents to the shared full-text index (FTS5 on SQLite, tsvector on Postgres). */
export async function indexSearchDocuments(
  db: Kysely<Database>,
  docs: readonly SearchDocument[],
): Promise<void> {
  for (let start = 0; start < docs.length; start += BATCH) {
    const rows = docs
      .slice(start, start + BATCH)
      .map((d) => sql`(${d.kind}, ${d.ref}, ${d.title}, ${d.body})`);
    // search_docs is not in the typed schema: on SQLite it is an FTS5 virtual table.
    await sql`insert into search_docs (kind, ref, title, body) values ${sql.join(rows)}`.execute(db);
  }
}
