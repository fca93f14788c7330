import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { toIsoTimestamp } from './format-values.ts';
import { type MemberSummary, selectMemberSummaries } from './member-projection.ts';

export interface PostSummary {
  slug: string;
  title: string;
  publishedAt: string;
  excerpt: string;
  url: string | null;
  authors: MemberSummary[];
  tags: string[];
}

export interface Post extends PostSummary {
  /** Plain text. */
  body: string;
}

const SUMMARY_COLUMNS = [
  'posts.slug',
  'posts.title',
  'posts.published_at',
  'posts.excerpt',
  'posts.url',
] as const;

export function selectPostSummaryRows(db: Kysely<Database>) {
  return db.selectFrom('posts').select(SUMMARY_COLUMNS);
}

type PostSummaryRow = Awaited<
  ReturnType<ReturnType<typeof selectPostSummaryRows>['executeTakeFirstOrThrow']>
>;

export interface PostAttributions {
  authors: Map<string, MemberSummary[]>;
  tags: Map<string, string[]>;
}

export function toPostSummary(row: PostSummaryRow, attributions: PostAttributions): PostSummary {
  return {
    slug: row.slug,
    title: row.title,
    publishedAt: toIsoTimestamp(row.published_at) ?? '',
    excerpt: row.excerpt,
    url: row.url,
    authors: attributions.authors.get(row.slug) ?? [],
    tags: attributions.tags.get(row.slug) ?? [],
  };
}

/** Authors (public member summaries, in byline order) and tags of the listed posts. */
export async function selectPostAttributions(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<PostAttributions> {
  const attributions: PostAttributions = { authors: new Map(), tags: new Map() };
  if (slugs.length === 0) return attributions;
  const [bylines, tags] = await Promise.all([
    db
      .selectFrom('post_authors')
      .select(['slug', 'member_id'])
      .where('slug', 'in', slugs)
      .orderBy('slug')
      .orderBy('position')
      .execute(),
    db.selectFrom('post_tags').select(['slug', 'tag']).where('slug', 'in', slugs).orderBy('tag').execute(),
  ]);
  const members = await selectMemberSummaries(
    db,
    bylines.map((byline) => Number(byline.member_id)),
  );
  for (const byline of bylines) {
    const member = members.get(Number(byline.member_id));
    if (member)
      attributions.authors.set(byline.slug, [...(attributions.authors.get(byline.slug) ?? []), member]);
  }
  for (const row of tags)
    attributions.tags.set(row.slug, [...(attributions.tags.get(row.slug) ?? []), row.tag]);
  return attributions;
}
