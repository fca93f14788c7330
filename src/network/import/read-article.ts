import { z } from 'zod';
import type { ArticleTable } from '../db/schema.ts';
import { readFrontMatter } from './front-matter.ts';
import { markdownToText } from './markdown-to-text.ts';

export type ArticleSource = '18f-handbook' | 'tech-interview-handbook' | 'reverse-interview';

const ArticleFrontMatter = z.object({
  id: z.string().nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  subtitle: z.string().nullish(),
  permalink: z.string().nullish(),
  redirect_to: z.string().nullish(),
});

const LEADING_HEADING = /^\s*#\s+(.+)\n/;

/**
 * Reads one knowledge page. `path` is relative to `data/` without `.md` (`handbook/tools/slack/index`),
 * which is also the article id. Returns null for redirect stubs and pages without any text.
 */
export function readArticle(path: string, source: string): ArticleTable | null {
  const { data, body } = readFrontMatter(source);
  const front = ArticleFrontMatter.parse(data);
  if (front.redirect_to) return null;
  const heading = LEADING_HEADING.exec(body);
  const title = front.title ?? heading?.[1] ?? humanise(path.split('/').at(-1) ?? path);
  // A page that opens with its own title as a heading should not repeat it in the body.
  const text = markdownToText(heading && !front.title ? body.slice(heading[0].length) : body);
  if (text === '') return null;
  const articleSource = sourceOf(path);
  return {
    article_id: path,
    source: articleSource,
    title: markdownToText(title),
    description:
      markdownToText(front.description ?? front.subtitle ?? '') || (text.split('\n\n', 1)[0] ?? ''),
    section: articleSource === '18f-handbook' ? handbookSection(path) : null,
    body: text,
    url: publicUrl(articleSource, path, front.permalink ?? null, front.id ?? null),
  };
}

function sourceOf(path: string): ArticleSource {
  if (path === 'interview/reverse-interview') return 'reverse-interview';
  return path.startsWith('interview/') ? 'tech-interview-handbook' : '18f-handbook';
}

/** The handbook's top-level folder (`performance-management` → "Performance management"); null for root pages. */
function handbookSection(path: string): string | null {
  const parts = path.split('/');
  return parts.length > 2 && parts[1] ? humanise(parts[1]) : null;
}

/**
 * Where the page is published: the handbook follows Eleventy's default permalinks
 * (`pages/tools/slack.md` → `/tools/slack/`, `index.md` → its folder); the interview handbook is a
 * Docusaurus site serving each doc at `/<id>/`; the reverse interview is its repository's README.
 */
function publicUrl(
  source: ArticleSource,
  path: string,
  permalink: string | null,
  docId: string | null,
): string {
  const page = path.replace(/^[^/]+\//, '');
  switch (source) {
    case '18f-handbook':
      return `https://handbook.tts.gsa.gov${permalink ?? `/${page.replace(/(^|\/)index$/, '')}/`.replace(/\/\/+/g, '/')}`;
    case 'tech-interview-handbook':
      return `https://www.techinterviewhandbook.org/${docId ?? page}/`;
    case 'reverse-interview':
      return 'https://github.com/viraptor/reverse-interview';
  }
}

function humanise(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
