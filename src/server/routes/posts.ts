import { Hono } from 'hono';
import type { Network } from '../../network/api/create-network.ts';
import { networkHandler } from '../network-handler.ts';

/** /api/posts: the feed (cursor-paged), search, one post. */
export function postRoutes(network: Network): Hono {
  return new Hono()
    .get('/', networkHandler(network, 'getFeed'))
    .get('/search', networkHandler(network, 'searchPosts', { rename: { q: 'query' } }))
    .get('/:slug', networkHandler(network, 'getPost', { params: { slug: 'slug' } }));
}
