import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The process's Prometheus series: HTTP, streams, the process itself, plus registries included from other parts. */
export interface ServerMetrics {
  /** Adds another part's registry (LLM, skills) to /metrics; a metric name seen twice throws here, not at scrape time. */
  include(registry: Registry): void;
  /** Times requests by route pattern, method and status; counts requests in flight. */
  middleware: MiddlewareHandler;
  render(): Promise<{ contentType: string; text: string }>;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createServerMetrics({
  openStreams,
  renderOther = async () => '',
}: {
  openStreams: () => number;
  /** More Prometheus text appended to the registries' (the OpenTelemetry `gen_ai.*` metrics). */
  renderOther?: () => Promise<string>;
}): ServerMetrics {
  const own = new Registry();
  collectDefaultMetrics({ register: own });
  const duration = new Histogram({
    name: 'dossier_http_request_duration_seconds',
    help: 'Time to the response headers (for streams: until the stream starts), by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'],
    buckets: SECONDS,
    registers: [own],
  });
  const inFlight = new Gauge({
    name: 'dossier_http_requests_in_flight',
    help: 'Requests being handled (streams count until their headers are sent; see dossier_http_open_streams).',
    registers: [own],
  });
  new Gauge({
    name: 'dossier_http_open_streams',
    help: 'text/event-stream responses still open.',
    registers: [own],
    collect() {
      this.set(openStreams());
    },
  });
  // prom-client hashes the label object on every observe; one child per series is looked up by a plain key.
  const series = new Map<string, ReturnType<typeof duration.labels>>();
  const seriesOf = (route: string, method: string, status: number) => {
    const key = `${method} ${status} ${route}`;
    let child = series.get(key);
    if (!child) {
      child = duration.labels({ route, method, status: String(status) });
      series.set(key, child);
    }
    return child;
  };
  let merged = own;
  const included: Registry[] = [];

  return {
    include(registry) {
      if (included.includes(registry)) return;
      merged = Registry.merge([own, ...included, registry]);
      included.push(registry);
    },
    middleware: async (c, next) => {
      const started = performance.now();
      inFlight.inc();
      try {
        await next();
      } finally {
        inFlight.dec();
        // The pattern of the route that answered, not the path, so ids do not explode the label set.
        // A 404 after a catch-all (the web app's `GET /*`) passed the request on is "unmatched" too.
        const answered = matchedRoutes(c)[c.req.routeIndex];
        const fellThrough = c.res.status === 404 && answered?.path.endsWith('*');
        const route = answered && answered.method !== 'ALL' && !fellThrough ? answered.path : 'unmatched';
        seriesOf(route, c.req.method, c.res.status).observe((performance.now() - started) / 1000);
      }
    },
    async render() {
      const [own, other] = await Promise.all([merged.metrics(), renderOther()]);
      return { contentType: merged.contentType, text: other ? `${own}\n${other}` : own };
    },
  };
}
