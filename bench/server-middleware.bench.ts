import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { percentile } from '../src/llm/metrics/percentile.ts';
import { createNetwork } from '../src/network/api/create-network.ts';
import { databaseUrlFromEnv, openDatabase } from '../src/network/db/open-database.ts';
import { databaseExists } from '../src/network/import/ensure-database.ts';
import { createApp } from '../src/server/create-app.ts';
import { respondToError } from '../src/server/http-errors.ts';
import {
  createServerOperations,
  installServerMiddleware,
} from '../src/server/middleware/server-operations.ts';
import { jobRoutes } from '../src/server/routes/jobs.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import type { Benchmark } from './benchmarks.ts';

const ROUNDS = 4;
const SECONDS = 3;
const CONNECTIONS = 10;
const JOB_PATH = '/api/jobs/3803052628';

// autocannon ships no types: the options and figures used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<{ requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number }>;

interface Round {
  rps: number;
  p50: number;
  p99: number;
}

/**
 * What the operations middleware (request id and log line, metrics, shutdown tracking, same-origin,
 * session cookie, body and rate limits) costs per request: the same job route served bare and inside
 * the full app, alternating rounds of load on one server process each.
 */
async function run({ signal }: { signal: AbortSignal }) {
  const url = (await databaseExists(databaseUrlFromEnv())) ? databaseUrlFromEnv() : 'var/test.sqlite';
  const db = openDatabase({ url });
  const network = createNetwork(db);
  const operations = createServerOperations({
    env: { NODE_ENV: 'test', DOSSIER_RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000' },
  });
  const ping = (app: Hono) => app.get('/api/ping', (c) => c.json({ ok: true }));
  const withMiddleware = new Hono();
  installServerMiddleware(withMiddleware, operations);
  const serve = (app: Hono) => startServer(app, { port: 0, hostname: '127.0.0.1' });
  const behindMiddleware = await serve(ping(withMiddleware));
  // A browser's signed session cookie: verified, not issued, on every request.
  const cookie =
    (await fetch(`${behindMiddleware.url}/api/ping`)).headers.get('set-cookie')?.split(';')[0] ?? '';
  // Each entry: a server, the path loaded, extra headers, and the entry it is compared with.
  const targets: Record<
    string,
    { server: RunningServer; path: string; headers?: Record<string, string>; baseline: string }
  > = {
    'baseline: bare GET /api/ping': {
      server: await serve(ping(new Hono())),
      path: '/api/ping',
      baseline: '',
    },
    'GET /api/ping behind the middleware, new session each': {
      server: behindMiddleware,
      path: '/api/ping',
      baseline: 'baseline: bare GET /api/ping',
    },
    'GET /api/ping behind the middleware, session cookie': {
      server: behindMiddleware,
      path: '/api/ping',
      headers: { cookie },
      baseline: 'baseline: bare GET /api/ping',
    },
    'baseline: bare GET /api/jobs/:id': {
      server: await serve(new Hono().route('/api/jobs', jobRoutes(network)).onError(respondToError)),
      path: JOB_PATH,
      baseline: '',
    },
    'GET /api/jobs/:id in the full app': {
      server: await serve(createApp(network, operations)),
      path: JOB_PATH,
      baseline: 'baseline: bare GET /api/jobs/:id',
    },
  };
  const rounds: Record<string, Round[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  console.log(
    `database ${url}; ${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections; log level silent\n`,
  );
  try {
    for (let round = 0; round <= ROUNDS && !signal.aborted; round++) {
      for (const [name, { server, path, headers }] of Object.entries(targets)) {
        const result = await autocannon({
          url: `${server.url}${path}`,
          connections: CONNECTIONS,
          duration: SECONDS,
          headers: { 'x-member-id': '2', ...headers }, // a member: the rate limiter and the viewer are exercised
        });
        if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} responses were not 2xx`);
        // Round 0 warms up the JIT and SQLite pages.
        if (round > 0)
          rounds[name]?.push({
            rps: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
          });
        process.stderr.write(
          `round ${round}/${ROUNDS} ${name}: ${Math.round(result.requests.average)} req/s\n`,
        );
      }
    }
  } finally {
    for (const server of new Set(Object.values(targets).map((t) => t.server))) await server.close();
    await db.destroy();
  }
  const median = (values: number[]) => percentile(values, 50);
  const table: Record<string, Record<string, string | number>> = {};
  for (const [name, { baseline }] of Object.entries(targets)) {
    const results = rounds[name] ?? [];
    const base = rounds[baseline || name] ?? [];
    const rps = median(results.map((r) => r.rps));
    const baseRps = median(base.map((r) => r.rps));
    table[name] = {
      'req/s median': Math.round(rps),
      'p50 ms': median(results.map((r) => r.p50)),
      'p99 ms median': median(results.map((r) => r.p99)),
      'req/s ratio': `${(rps / baseRps).toFixed(3)}×`,
      // One event loop at saturation: 1/rps is the time per request (load generator included, same for both).
      'µs per request added': Math.round((1 / rps - 1 / baseRps) * 1e6),
    };
  }
  console.table(table);
}

export const serverMiddlewareBenchmark: Benchmark = {
  name: 'server-middleware',
  description:
    'what the operations middleware costs per request: a trivial route and a job route, bare vs behind it (autocannon)',
  run,
};
