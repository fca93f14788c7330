import { clip, unmark } from '../render-lines.ts';
import type { WebSearchProvider, WebSearchResult } from './web-search-provider.ts';

const SNIPPET_CHARS = 240;

/**
 * Offline stand-in for a web search engine: searches the knowledge articles and the posts (both
 * public web pages in origin, with their URLs) through the internal APIs, interleaving the two.
 */
export function createBundledWebSearch(): WebSearchProvider {
  return {
    name: 'bundled',
    async search({ query, count }, { network, viewer, signal }) {
      const [articles, posts] = await Promise.all([
        network.searchArticles(viewer, { query, limit: count }, signal),
        network.searchPosts(viewer, { query, limit: count }, signal),
      ]);
      const fromArticles: WebSearchResult[] = articles.items.map((article) => ({
        title: article.title,
        url: article.url ?? `article:${article.articleId}`,
        snippet: clip(unmark(article.snippet || article.description), SNIPPET_CHARS),
      }));
      const fromPosts: WebSearchResult[] = posts.items.map((post) => ({
        title: post.title,
        url: post.url ?? `post:${post.slug}`,
        snippet: clip(unmark(post.snippet || post.excerpt), SNIPPET_CHARS),
      }));
      const interleaved: WebSearchResult[] = [];
      for (
        let index = 0;
        interleaved.length < count && index < Math.max(fromArticles.length, fromPosts.length);
        index += 1
      ) {
        for (const result of [fromArticles[index], fromPosts[index]]) if (result) interleaved.push(result);
      }
      return interleaved.slice(0, count);
    },
  };
}
