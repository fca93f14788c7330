import { z } from 'zod';
import { clip } from '../render-lines.ts';
import { UnavailableError } from '../unavailable-error.ts';
import type { WebSearchProvider } from './web-search-provider.ts';

export const BRAVE_SEARCH_BASE_URL = 'https://api.search.brave.com';
/** Brave's documented maximum for `count`. */
const MAX_COUNT = 20;
const SNIPPET_CHARS = 240;

// The part of Brave's web search response used here (GET /res/v1/web/search); other fields pass.
const braveResponseSchema = z.object({
  web: z
    .object({
      results: z.array(z.object({ title: z.string(), url: z.string(), description: z.string().optional() })),
    })
    .optional(),
});

/** Brave wraps matched words in <strong>; the LLM needs the text only. */
const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Web search through the Brave Search API (`X-Subscription-Token` auth). `baseUrl` is overridable for tests. */
export function createBraveWebSearch(options: { apiKey: string; baseUrl?: string }): WebSearchProvider {
  const endpoint = new URL('/res/v1/web/search', options.baseUrl ?? BRAVE_SEARCH_BASE_URL);
  return {
    name: 'brave',
    async search({ query, count }, { signal }) {
      const url = new URL(endpoint);
      url.searchParams.set('q', query);
      url.searchParams.set('count', String(Math.min(count, MAX_COUNT)));
      const response = await fetch(url, {
        headers: { Accept: 'application/json', 'X-Subscription-Token': options.apiKey },
        signal,
      }).catch((error: unknown) => {
        if (signal.aborted) throw error;
        throw new UnavailableError(`Brave Search unreachable: ${(error as Error).message}`, { cause: error });
      });
      if (!response.ok) {
        throw new UnavailableError(`Brave Search answered HTTP ${response.status}`);
      }
      const parsed = braveResponseSchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) throw new UnavailableError('Brave Search answered an unexpected body');
      return (parsed.data.web?.results ?? []).slice(0, count).map((result) => ({
        title: stripTags(result.title),
        url: result.url,
        snippet: clip(stripTags(result.description ?? ''), SNIPPET_CHARS),
      }));
    },
  };
}
