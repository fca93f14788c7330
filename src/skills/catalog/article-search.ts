import { z } from 'zod';
import { ARTICLE_SOURCES } from '../../network/api/search-articles.ts';
import { defineSkill } from '../define-skill.ts';
import { clip, unmark } from '../render-lines.ts';
import { resultLimitArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

const EXTRACT_CHARS = 260;

export const articleSearch = defineSkill({
  name: 'article_search',
  description:
    'Search the knowledge articles (a team handbook and interview guides): resumes, interviews, negotiation, onboarding, management and workplace practice.',
  whenToUse: 'For career or workplace advice and how-to questions that a guide or handbook answers.',
  examples: skillExamples('article_search'),
  input: z.object({
    query: z.string().min(1).max(300).describe('topic words, e.g. "salary negotiation"'),
    source: z.enum(ARTICLE_SOURCES).optional(),
    limit: resultLimitArg(3, 10),
  }),
  output: z.object({
    total: z.number().int(),
    articles: z.array(
      z.object({
        article_id: z.string(),
        title: z.string(),
        source: z.string(),
        url: z.string().nullable(),
        extract: z.string(),
      }),
    ),
  }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const page = await network.searchArticles(
      viewer,
      { query: input.query, source: input.source, limit: input.limit },
      signal,
    );
    return {
      total: page.total,
      articles: page.items.map((article) => ({
        article_id: article.articleId,
        title: article.title,
        source: article.source,
        url: article.url,
        extract: clip(unmark(article.snippet || article.description), EXTRACT_CHARS),
      })),
    };
  },
  render: (output) => [
    `${output.total} article(s) found; showing ${output.articles.length}:`,
    ...output.articles.map(
      (article) =>
        `[article_id ${article.article_id}] "${article.title}" (${article.source}): ${article.extract}`,
    ),
  ],
});
