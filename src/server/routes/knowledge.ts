import { Hono } from 'hono';
import type { Network } from '../../network/api/create-network.ts';
import { networkHandler } from '../network-handler.ts';

/** /api/articles: search, one article (ids are paths such as interview/resume). */
export function articleRoutes(network: Network): Hono {
  return new Hono()
    .get('/', networkHandler(network, 'searchArticles', { rename: { q: 'query' } }))
    .get('/:article_id{.+}', networkHandler(network, 'getArticle', { params: { article_id: 'articleId' } }));
}
