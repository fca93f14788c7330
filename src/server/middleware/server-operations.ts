import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { defaultLlmMetrics } from '../../llm/metrics/create-llm-metrics.ts';
import { apiDocsRoutes } from '../openapi/api-docs-routes.ts';
import type { PathDoc } from '../openapi/build-openapi-document.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { createLogger } from './create-logger.ts';
import { jsonBodyLimit } from './json-body-limit.ts';
import { otelMetricsExposition } from './otel-metrics-exposition.ts';
import { rateLimit } from './rate-limit.ts';
import { type ReadinessCheck, readinessHandler } from './readiness.ts';
import { requestLog } from './request-log.ts';
import { sameOrigin } from './same-origin.ts';
import { createServerMetrics, type ServerMetrics } from './server-metrics.ts';
import { type ServerSettings, serverSettingsFromEnv } from './server-settings.ts';
import { createSessionCookies, type SessionCookies } from './session.ts';
import { createShutdown, type Shutdown } from './shutdown.ts';

/** The process-level parts of the HTTP server, shared by the middleware, the routes and `dossier serve`. */
export interface ServerOperations {
  settings: ServerSettings;
  logger: Logger;
  metrics: ServerMetrics;
  shutdown: Shutdown;
  sessions: SessionCookies;
  /** /readyz's checks by name; add more before serving. */
  readiness: Record<string, ReadinessCheck>;
  /** Describes routes whose handlers carry no doc (see src/server/README.md, "OpenAPI"). */
  registerRouteDoc(doc: PathDoc): void;
  readonly routeDocs: readonly PathDoc[];
}

export function createServerOperations({
  env = process.env,
  readiness = {},
  registries = [],
}: {
  env?: NodeJS.ProcessEnv;
  readiness?: Record<string, ReadinessCheck>;
  /** Other parts' Prometheus registries (e.g. the skill registry's); the LLM layer's default one is always included. */
  registries?: Registry[];
} = {}): ServerOperations {
  const settings = serverSettingsFromEnv(env);
  const logger = createLogger(settings.logLevel);
  const shutdown = createShutdown({ graceMs: settings.shutdownGraceMs });
  // Before the LLM metrics are first created: they take their OpenTelemetry meter then.
  const otel = otelMetricsExposition();
  const metrics = createServerMetrics({ openStreams: () => shutdown.streams.open, renderOther: otel.render });
  for (const registry of [defaultLlmMetrics().registry, ...registries]) metrics.include(registry);
  const routeDocs: PathDoc[] = [];
  return {
    settings,
    logger,
    metrics,
    shutdown,
    sessions: createSessionCookies({
      secret: settings.sessionSecret,
      trustMemberHeader: settings.trustMemberHeader,
      logger,
    }),
    readiness: { ...readiness },
    registerRouteDoc: (doc) => routeDocs.push(doc),
    routeDocs,
  };
}

/** Chat turns, limited more tightly than the rest. */
const TURN_ROUTES = ['/api/chat', '/v1/chat/completions'];
const isTurn = (method: string, path: string) => method === 'POST' && TURN_ROUTES.includes(path);

/**
 * The middleware every request goes through, outermost first: request id and log line, metrics,
 * shutdown (signal, stream tracking), same-origin check, session, body size, rate limits.
 */
export function installServerMiddleware(app: Hono, ops: ServerOperations): void {
  const turns = rateLimit({ perMinute: ops.settings.turnsPerMinute, what: 'chat turns' });
  const requests = rateLimit({ perMinute: ops.settings.requestsPerMinute, what: 'requests' });
  app
    .use(requestLog(ops.logger))
    .use(ops.metrics.middleware)
    .use(ops.shutdown.middleware)
    .use(sameOrigin({ allowedOrigins: ops.settings.allowedOrigins }))
    .use(ops.sessions.middleware)
    .use('/api/*', jsonBodyLimit())
    .use('/v1/*', jsonBodyLimit())
    .use('/api/*', (c, next) => (isTurn(c.req.method, c.req.path) ? turns(c, next) : requests(c, next)))
    .use('/v1/*', (c, next) => (isTurn(c.req.method, c.req.path) ? turns(c, next) : requests(c, next)));
}

/** /healthz, /metrics, /readyz, /api/openapi.json and /api/docs; `app` is the whole app, for the API description. */
export function operationsRoutes(app: Hono, ops: ServerOperations): Hono {
  return new Hono()
    .get(
      '/healthz',
      describeRoute({ summary: 'liveness: the process answers', tags: ['operations'] }, (c) =>
        c.json({ status: 'ok' }),
      ),
    )
    .get(
      '/metrics',
      describeRoute(
        {
          summary: 'Prometheus metrics: HTTP, streams, LLM calls (TTFT, TBT, tokens, cost), skills, process',
          tags: ['operations'],
          responses: { 200: { description: 'Prometheus text exposition', contentType: 'text/plain' } },
        },
        async (c) => {
          const { contentType, text } = await ops.metrics.render();
          return c.body(text, 200, { 'content-type': contentType });
        },
      ),
    )
    .get(
      '/readyz',
      describeRoute(
        {
          summary: 'ready for traffic: 200, or 503 with reasons (also while shutting down)',
          tags: ['operations'],
          responses: { 200: { description: 'ready' }, 503: { description: 'not ready, with reasons' } },
        },
        readinessHandler(ops.readiness, () => ops.shutdown.draining),
      ),
    )
    .route('/api', apiDocsRoutes(app, ops.routeDocs));
}
