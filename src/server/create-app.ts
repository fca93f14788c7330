import { Hono } from 'hono';
import type { Network } from '../network/api/create-network.ts';
import type { ConversationStore } from '../pipeline/create-conversation-store.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import { chatRoutes } from './chat/chat-routes.ts';
import { createTurnHub, type TurnHub } from './chat/create-turn-hub.ts';
import { errorResponse, respondToError } from './http-errors.ts';
import {
  createServerOperations,
  installServerMiddleware,
  operationsRoutes,
  type ServerOperations,
} from './middleware/server-operations.ts';
import { networkHandler } from './network-handler.ts';
import { openAiRoutes } from './openai/openai-routes.ts';
import { companyRoutes } from './routes/companies.ts';
import { jobRoutes } from './routes/jobs.ts';
import { articleRoutes } from './routes/knowledge.ts';
import { memberRoutes } from './routes/members.ts';
import { postRoutes } from './routes/posts.ts';
import { sessionRoutes } from './routes/session.ts';
import { taxonomyRoutes } from './routes/taxonomy.ts';
import { serveWebApp } from './serve-web-app.ts';

/**
 * The HTTP API: JSON over the network's internal APIs. The viewing member is the session's (see
 * viewer-from-request.ts). Errors are `{error: {code, message, fields?, requestId?}}`. Operations
 * (logs, metrics, limits, sessions, shutdown): middleware/server-operations.ts.
 */
/** The assistant behind the chat API and the OpenAI-compatible face (e.g. from openAssistant). */
export interface AppAssistant {
  pipeline: Pipeline;
  store: ConversationStore;
  /** Where turns run apart from HTTP connections; pass one to stop its turns on shutdown. */
  hub?: TurnHub;
}

export function createApp(
  network: Network,
  operations: ServerOperations = createServerOperations(),
  /** Without one, the chat and `/v1` routes are absent. */
  assistant?: AppAssistant,
): Hono {
  const app = new Hono();
  const chat = new Hono();
  const openAi = new Hono();
  if (assistant) {
    const { pipeline, store, hub = createTurnHub(pipeline) } = assistant;
    chat.route('/', chatRoutes({ network, store, hub }));
    openAi.route('/', openAiRoutes({ pipeline }));
  }
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
    .route('/api', chat)
    .route('/v1', openAi)
    .route('/', serveWebApp())
    .notFound((c) => errorResponse(c, 404, 'route_not_found', `no route for ${c.req.method} ${c.req.path}`))
    .onError(respondToError);
}
