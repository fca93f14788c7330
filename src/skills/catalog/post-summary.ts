import { z } from 'zod';
import type { PostSummary } from '../../network/api/post-projection.ts';
import { clip, unmark } from '../render-lines.ts';

// A post in a list (feed search): title, byline and excerpt, keyed by its slug.

export const postSummaryOutput = z.object({
  slug: z.string(),
  title: z.string(),
  published_on: z.string(),
  authors: z.array(z.object({ member_id: z.number().int(), name: z.string() })),
  tags: z.array(z.string()),
  excerpt: z.string(),
});
export type PostSummaryOutput = z.infer<typeof postSummaryOutput>;

const EXCERPT_CHARS = 220;

export function toPostSummaryOutput(post: PostSummary, snippet?: string | null): PostSummaryOutput {
  return {
    slug: post.slug,
    title: post.title,
    published_on: post.publishedAt.slice(0, 10),
    authors: post.authors.map((author) => ({ member_id: author.memberId, name: author.name })),
    tags: post.tags,
    excerpt: clip(unmark(snippet || post.excerpt), EXCERPT_CHARS),
  };
}

export function renderByline(authors: PostSummaryOutput['authors']): string {
  return authors.map((author) => `${author.name} (member_id ${author.member_id})`).join(', ');
}

export function renderPostSummary(post: PostSummaryOutput): string {
  const byline = post.authors.length > 0 ? ` by ${renderByline(post.authors)}` : '';
  return `[slug ${post.slug}] "${post.title}"${byline}, ${post.published_on}: ${post.excerpt}`;
}
