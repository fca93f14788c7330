import { z } from 'zod';
import { readFrontMatter } from './front-matter.ts';
import { markdownToText } from './markdown-to-text.ts';

export const POSTS_SITE = 'https://18f.gsa.gov';

const PostFrontMatter = z.object({
  title: z.string().trim().min(1),
  date: z.union([z.string(), z.date()]).optional(),
  authors: z.array(z.string().trim().min(1)).default([]),
  tags: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  excerpt: z.string().nullish(),
  description: z.string().nullish(),
  permalink: z.string().nullish(),
});

export interface ParsedPost {
  slug: string;
  title: string;
  publishedAt: number;
  /** Author slugs as written in the front matter (`18F`, `melody`, `laura-gerhardt`), in byline order. */
  authors: string[];
  tags: string[];
  excerpt: string;
  body: string;
  url: string;
}

const FILE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;
/** Eleventy's `page.fileSlug` drops a `YYYY-MM-DD-` prefix (two-digit month and day only). */
const ELEVENTY_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

/**
 * Reads one post of the 18F blog. The slug is the file name without `.md`
 * (`2015-07-15-openfec-api-update`): that is how the source names a post, and unlike the last URL
 * segment it is unique (three posts are published as `.../andrew-hyder-award/`). The URL follows
 * the site's permalink rule `/{{ page.date | toDatePath }}/{{ page.fileSlug }}/`, with the front
 * matter date (else the file name's) taken in UTC, unless the post sets its own permalink.
 */
export function readPost(fileName: string, source: string): ParsedPost {
  const slug = fileName.replace(/\.md$/, '');
  const { data, body } = readFrontMatter(source);
  const front = PostFrontMatter.parse(data);
  const published = publishedDate(front.date, slug);
  const text = markdownToText(body);
  const excerpt = front.excerpt || front.description;
  const datePath = published.toISOString().slice(0, 10).replaceAll('-', '/');
  const path = front.permalink ?? `/${datePath}/${slug.replace(ELEVENTY_DATE_PREFIX, '')}/`;
  return {
    slug,
    title: markdownToText(front.title),
    publishedAt: published.getTime(),
    authors: [...new Set(front.authors)],
    tags: [...new Set(front.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))],
    excerpt: excerpt ? markdownToText(excerpt) : firstParagraph(text),
    body: text,
    url: `${POSTS_SITE}${path}`,
  };
}

function publishedDate(date: string | Date | undefined, slug: string): Date {
  if (date !== undefined) {
    const parsed = new Date(date);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  const match = FILE_DATE.exec(slug);
  if (!match) throw new Error(`post ${slug} has neither a date nor a dated file name`);
  const [, year, month, day] = match.map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

function firstParagraph(text: string): string {
  return text.split('\n\n', 1)[0] ?? '';
}
