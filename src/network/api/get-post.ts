import { z } from 'zod';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import {
  type Post,
  selectPostAttributions,
  selectPostSummaryRows,
  toPostSummary,
} from './post-projection.ts';
import type { Viewer } from './viewer.ts';

// Slugs are the posts' source file names, as written: mixed case ("2015-02-25-We-Are-Hiring"),
// underscores and dots occur, so only the character set and length are checked.
export const postSlugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'a post slug is letters, digits, hyphens, underscores and dots, starting with a letter or digit',
  );

export const getPostInput = z.object({ slug: postSlugSchema });

/** One post with its plain-text body, authors and tags. */
export async function getPost(
  { db }: NetworkContext,
  _viewer: Viewer,
  { slug }: z.output<typeof getPostInput>,
  signal: AbortSignal,
): Promise<Post> {
  signal.throwIfAborted();
  const row = await selectPostSummaryRows(db)
    .select('posts.body')
    .where('posts.slug', '=', slug)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('post', slug);
  return { ...toPostSummary(row, await selectPostAttributions(db, [slug])), body: row.body };
}
