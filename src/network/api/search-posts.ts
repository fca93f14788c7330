import { sql } from 'kysely';
import { z } from 'zod';
import { rankedSearch } from '../search/ranked-search.ts';
import { DAY_MS, dayStart } from './format-values.ts';
import {
  integerIdSchema,
  isoDaySchema,
  limitSchema,
  offsetSchema,
  searchTextSchema,
} from './input-schemas.ts';
import type { NetworkContext } from './network-context.ts';
import {
  type PostSummary,
  selectPostAttributions,
  selectPostSummaryRows,
  toPostSummary,
} from './post-projection.ts';
import { type SearchPage, toSearchPage } from './search-page.ts';
import type { Viewer } from './viewer.ts';

export const searchPostsInput = z.object({
  query: searchTextSchema.describe('topic words'),
  /** A post tag (case-insensitive). */
  tag: z.string().max(200).optional(),
  authorId: integerIdSchema.optional(),
  publishedAfter: isoDaySchema.optional().describe('YYYY-MM-DD, inclusive'),
  publishedBefore: isoDaySchema.optional().describe('YYYY-MM-DD, inclusive'),
  limit: limitSchema(),
  offset: offsetSchema,
});

/** Posts ranked by relevance to the query (newest first without one), filtered. */
export async function searchPosts(
  { db }: NetworkContext,
  _viewer: Viewer,
  input: z.output<typeof searchPostsInput>,
  signal: AbortSignal,
): Promise<SearchPage<PostSummary>> {
  const page = await rankedSearch(db, {
    kind: 'post',
    text: input.query,
    limit: input.limit,
    offset: input.offset,
    signal,
    idColumn: 'posts.slug',
    idType: 'text',
    browseOrder: [['posts.published_at', 'desc']],
    refOf: (row) => row.slug,
    rows: () => {
      let rows = selectPostSummaryRows(db);
      if (input.tag) {
        const tag = input.tag.toLowerCase();
        rows = rows.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('post_tags')
              .select('post_tags.tag')
              .whereRef('post_tags.slug', '=', 'posts.slug')
              .where(sql`lower(post_tags.tag)`, '=', tag),
          ),
        );
      }
      if (input.authorId !== undefined) {
        const authorId = input.authorId;
        rows = rows.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('post_authors')
              .select('post_authors.slug')
              .whereRef('post_authors.slug', '=', 'posts.slug')
              .where('post_authors.member_id', '=', authorId),
          ),
        );
      }
      if (input.publishedAfter) rows = rows.where('posts.published_at', '>=', dayStart(input.publishedAfter));
      if (input.publishedBefore) {
        rows = rows.where('posts.published_at', '<', dayStart(input.publishedBefore) + DAY_MS);
      }
      return rows;
    },
  });
  const attributions = await selectPostAttributions(
    db,
    page.rows.map((ranked) => ranked.row.slug),
  );
  return toSearchPage(page, input, (row) => toPostSummary(row, attributions));
}
