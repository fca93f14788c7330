import { z } from 'zod';

/** Position after the last post of a feed page: newest first, slug breaking ties, so pages never shift. */
export interface FeedPosition {
  publishedAt: number;
  slug: string;
}

const positionSchema = z.tuple([z.number().int(), z.string().min(1).max(200)]);

export function encodeFeedCursor({ publishedAt, slug }: FeedPosition): string {
  return Buffer.from(JSON.stringify([publishedAt, slug])).toString('base64url');
}

/** The position a cursor names, or null when it is not one this API issued. */
export function decodeFeedCursor(cursor: string): FeedPosition | null {
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { publishedAt: parsed.data[0], slug: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
