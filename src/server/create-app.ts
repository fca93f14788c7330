import { Hono } from 'hono';
import type { Network } from '../network/api/create-network.ts';
import { errorResponse, respondToError } from './http-errors.ts';
import {
  createServerOperations,
  installServerMiddleware,
  operationsRoutes,
  type ServerOperations,
} from './middleware/server-operations.ts';
import { networkHandler } from './network-handler.ts';
import { companyRoutes } from './routes/companies.ts';
import { jobRoutes } from './routes/jobs.ts';
import { articleRoutes } from './routes/knowledge.ts';
import { memberRoutes } from './routes/members.ts';
import { postRoutes } from './routes/posts.ts';
import { sessionRoutes } from './routes/session.ts';
import { taxonomyRoutes } from './routes/taxonomy.ts';

/**
 * The HTTP API: JSON over the network's internal APIs. The viewing member is the session's (see
 * viewer-from-request.ts). Errors are `{error: {code, message, fields?, requestId?}}`. Operations
 * (logs, metrics, limits, sessions, shutdown): middleware/server-operations.ts.
 */
export function createApp(network: Network, operations: ServerOperations = createServerOperations()): Hono {
  const app = new Hono();
  installServerMiddleware(app, operations);
  return app
    .route('/', operationsRoutes(app, operations))
    .route('/api/session', sessionRoutes(network, operations.sessions))
    .get('/api/about-data', networkHandler(network, 'getAboutData'))
    .route('/api/jobs', jobRoutes(network))
    .route('/api/companies', companyRoutes(network))
    .route('/api/posts', postRoutes(network))
    .route('/api/members', memberRoutes(network))
    .route('/api/articles', articleRoutes(network))
    .route('/api', taxonomyRoutes(network))
    .notFound((c) => errorResponse(c, 404, 'route_not_found', `no route for ${c.req.method} ${c.req.path}`))
    .onError(respondToError);
}
