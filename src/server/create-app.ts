import { Hono } from 'hono';
import type { Network } from '../network/api/create-network.ts';
import { errorBody, respondToError } from './http-errors.ts';
import { networkHandler } from './network-handler.ts';
import { companyRoutes } from './routes/companies.ts';
import { jobRoutes } from './routes/jobs.ts';
import { articleRoutes } from './routes/knowledge.ts';
import { memberRoutes } from './routes/members.ts';
import { postRoutes } from './routes/posts.ts';
import { taxonomyRoutes } from './routes/taxonomy.ts';

/**
 * The HTTP API: JSON over the network's internal APIs. The viewing member comes from the
 * `X-Member-Id` header (see viewer-from-request.ts). Errors are `{error: {code, message}}`.
 */
export function createApp(network: Network): Hono {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/api/about-data', networkHandler(network, 'getAboutData'))
    .route('/api/jobs', jobRoutes(network))
    .route('/api/companies', companyRoutes(network))
    .route('/api/posts', postRoutes(network))
    .route('/api/members', memberRoutes(network))
    .route('/api/articles', articleRoutes(network))
    .route('/api', taxonomyRoutes(network))
    .notFound((c) => c.json(errorBody('route_not_found', `no route for ${c.req.method} ${c.req.path}`), 404))
    .onError(respondToError);
}
