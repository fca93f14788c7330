import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface ArticleSummary {
  articleId: string;
  /** '18f-handbook' | 'tech-interview-handbook' | 'reverse-interview' */
  source: string;
  title: string;
  description: string;
  section: string | null;
  url: string | null;
}

export interface Article extends ArticleSummary {
  /** Plain text. */
  body: string;
}

const SUMMARY_COLUMNS = [
  'articles.article_id',
  'articles.source',
  'articles.title',
  'articles.description',
  'articles.section',
  'articles.url',
] as const;

export function selectArticleSummaryRows(db: Kysely<Database>) {
  return db.selectFrom('articles').select(SUMMARY_COLUMNS);
}

type ArticleSummaryRow = Awaited<
  ReturnType<ReturnType<typeof selectArticleSummaryRows>['executeTakeFirstOrThrow']>
>;

export function toArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  return {
    articleId: row.article_id,
    source: row.source,
    title: row.title,
    description: row.description,
    section: row.section,
    url: row.url,
  };
}
