import { z } from 'zod';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.ts';
import { limitSchema } from './input-schemas.ts';
import type { NetworkContext } from './network-context.ts';
import { InvalidInputError } from './network-errors.ts';
import {
  type PostSummary,
  selectPostAttributions,
  selectPostSummaryRows,
  toPostSummary,
} from './post-projection.ts';
import type { Viewer } from './viewer.ts';

export const getFeedInput = z.object({
  /** `nextCursor` of the previous page; absent for the first page. */
  cursor: z.string().max(500).optional(),
  limit: limitSchema(10),
});

export interface FeedPage {
  items: PostSummary[];
  /** Pass as `cursor` for the next page; null after the last page. */
  nextCursor: string | null;
}

/** Recent posts, newest first, cursor-paged. */
export async function getFeed(
  { db }: NetworkContext,
  _viewer: Viewer,
  { cursor, limit }: z.output<typeof getFeedInput>,
  signal: AbortSignal,
): Promise<FeedPage> {
  const after = cursor === undefined ? null : decodeFeedCursor(cursor);
  if (cursor !== undefined && !after) {
    throw new InvalidInputError([{ field: 'cursor', message: 'not a cursor returned by the feed' }]);
  }
  signal.throwIfAborted();
  let query = selectPostSummaryRows(db)
    .orderBy('posts.published_at', 'desc')
    .orderBy('posts.slug', 'asc')
    .limit(limit + 1);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('posts.published_at', '<', after.publishedAt),
        eb.and([eb('posts.published_at', '=', after.publishedAt), eb('posts.slug', '>', after.slug)]),
      ]),
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  const attributions = await selectPostAttributions(
    db,
    page.map((row) => row.slug),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toPostSummary(row, attributions)),
    nextCursor:
      rows.length > limit && last
        ? encodeFeedCursor({ publishedAt: Number(last.published_at), slug: last.slug })
        : null,
  };
}
