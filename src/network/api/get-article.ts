import { z } from 'zod';
import { type Article, selectArticleSummaryRows, toArticleSummary } from './article-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const getArticleInput = z.object({
  articleId: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[\w./-]+$/, 'an article id is a path like "interview/resume"'),
});

/** One knowledge article with its plain-text body. */
export async function getArticle(
  { db }: NetworkContext,
  _viewer: Viewer,
  { articleId }: z.output<typeof getArticleInput>,
  signal: AbortSignal,
): Promise<Article> {
  signal.throwIfAborted();
  const row = await selectArticleSummaryRows(db)
    .select('articles.body')
    .where('articles.article_id', '=', articleId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('article', articleId);
  return { ...toArticleSummary(row), body: row.body };
}
