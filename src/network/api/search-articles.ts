import { z } from 'zod';
import { rankedSearch } from '../search/ranked-search.ts';
import { type ArticleSummary, selectArticleSummaryRows, toArticleSummary } from './article-projection.ts';
import { limitSchema, offsetSchema, searchTextSchema } from './input-schemas.ts';
import type { NetworkContext } from './network-context.ts';
import { type SearchPage, toSearchPage } from './search-page.ts';
import type { Viewer } from './viewer.ts';

export const ARTICLE_SOURCES = ['18f-handbook', 'tech-interview-handbook', 'reverse-interview'] as const;

export const searchArticlesInput = z.object({
  query: searchTextSchema.describe('topic words, e.g. "salary negotiation"'),
  source: z.enum(ARTICLE_SOURCES).optional(),
  limit: limitSchema(10),
  offset: offsetSchema,
});

/** Knowledge articles (handbook and interview guides) ranked by relevance, with matching extracts. */
export async function searchArticles(
  { db }: NetworkContext,
  _viewer: Viewer,
  input: z.output<typeof searchArticlesInput>,
  signal: AbortSignal,
): Promise<SearchPage<ArticleSummary>> {
  const page = await rankedSearch(db, {
    kind: 'article',
    text: input.query,
    limit: input.limit,
    offset: input.offset,
    signal,
    idColumn: 'articles.article_id',
    idType: 'text',
    browseOrder: [['articles.title', 'asc']],
    refOf: (row) => row.article_id,
    rows: () => {
      const rows = selectArticleSummaryRows(db);
      return input.source ? rows.where('articles.source', '=', input.source) : rows;
    },
  });
  return toSearchPage(page, input, toArticleSummary);
}
