import { z } from 'zod';
import { defineSkill, type Skill } from '../define-skill.ts';
import { type WebSearchProvider, webSearchResultSchema } from '../web-search/web-search-provider.ts';
import { resultLimitArg } from './llm-args.ts';
import { skillExamples } from './skill-examples.ts';

/** `web_search` over the given engine (see web-search-provider-from-env.ts). */
export function createWebSearchSkill(provider: WebSearchProvider): Skill {
  return defineSkill({
    name: 'web_search',
    description:
      'Search the public web for current or general information beyond the network: news, explanations, how-tos.',
    whenToUse:
      'Only when the network (jobs, people, companies, posts, articles) cannot answer: general knowledge, recent events, outside sources.',
    examples: skillExamples('web_search'),
    input: z.object({
      query: z.string().min(1).max(300).describe('search engine query'),
      count: resultLimitArg(5, 10),
    }),
    output: z.object({ engine: z.string(), results: z.array(webSearchResultSchema) }),
    readOnly: true,
    timeoutMs: 5_000,
    async call(input, context) {
      const results = await provider.search({ query: input.query, count: input.count }, context);
      return { engine: provider.name, results };
    },
    render: (output) => [
      `web results (${output.engine}): ${output.results.length}`,
      ...output.results.map((result) => `[url ${result.url}] ${result.title}: ${result.snippet}`),
    ],
  });
}
