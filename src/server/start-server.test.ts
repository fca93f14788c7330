import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { describe, expect, it } from 'vitest';
import {
  createServerOperations,
  installServerMiddleware,
  operationsRoutes,
} from './middleware/server-operations.ts';
import { startServer } from './start-server.ts';

/** Resolves with the connection error, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function readAll(response: Response): Promise<string> {
  return await response.text(); // rejects if the stream is cut rather than ended
}

async function serveWithShutdown(graceMs: number) {
  const operations = createServerOperations({
    env: { NODE_ENV: 'test', DOSSIER_SHUTDOWN_GRACE_MS: String(graceMs) },
  });
  const app = new Hono();
  installServerMiddleware(app, operations);
  const hookRan: string[] = [];
  operations.shutdown.onEnd(async () => {
    await sleep(20);
    hookRan.push('turn hub closed');
  });
  app
    .route('/', operationsRoutes(app, operations))
    .get('/slow', async (c) => {
      await sleep(300);
      return c.json({ finished: true });
    })
    // Still running when shutdown begins; ends by itself well within the grace period.
    .get('/short-stream', (c) =>
      streamSSE(c, async (stream) => {
        await stream.writeSSE({ data: '0' });
        while (!operations.shutdown.draining) await sleep(10);
        for (const data of ['1', '2']) {
          await sleep(50);
          await stream.writeSSE({ data });
        }
      }),
    )
    // Runs until told: ends itself properly when the shutdown signal fires.
    .get('/polite-stream', (c) =>
      streamSSE(c, async (stream) => {
        const signal = c.get('shutdownSignal');
        await stream.writeSSE({ data: 'start' });
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        await stream.writeSSE({ data: 'bye' });
      }),
    )
    // Ignores the signal: the server ends it.
    .get('/endless-stream', (c) =>
      streamSSE(c, async (stream) => {
        while (!stream.aborted && !stream.closed) {
          await stream.writeSSE({ data: 'tick' });
          await sleep(25);
        }
      }),
    );
  const server = await startServer(app, { port: 0, hostname: '127.0.0.1', shutdown: operations.shutdown });
  return { server, operations, app, hookRan };
}

describe('graceful shutdown', () => {
  it('finishes requests in flight, refuses new connections, ends streams cleanly after the grace period', async () => {
    const { server, operations, app, hookRan } = await serveWithShutdown(400);
    const slow = fetch(`${server.url}/slow`);
    const short = fetch(`${server.url}/short-stream`).then(readAll);
    const polite = fetch(`${server.url}/polite-stream`).then(readAll);
    const endless = fetch(`${server.url}/endless-stream`).then(readAll);
    await expect.poll(() => operations.shutdown.streams.open).toBe(3);
    await sleep(50); // the slow request has reached its handler too

    const started = performance.now();
    const closed = server.close();
    expect(operations.shutdown.draining).toBe(true);
    expect((await app.request('/readyz')).status).toBe(503);
    expect(await tryConnect(server.port)).toBe('ECONNREFUSED');

    const response = await slow;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).not.toBe('keep-alive');
    expect(await response.json()).toEqual({ finished: true });
    expect(await short).toBe('data: 0\n\ndata: 1\n\ndata: 2\n\n');

    await closed;
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(400 + 1000 + 500);
    expect(await polite).toBe('data: start\n\ndata: bye\n\n');
    expect(await endless).toMatch(/^(data: tick\n\n)+: the server is shutting down\n\n$/);
    expect(hookRan).toEqual(['turn hub closed']);
    expect(operations.shutdown.signal.aborted).toBe(true);
    expect(operations.shutdown.streams.open).toBe(0);
  });

  it('resolves at once when nothing is open, still running the end hooks', async () => {
    const { server, hookRan } = await serveWithShutdown(5000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200); // leaves an idle keep-alive connection
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(hookRan).toEqual(['turn hub closed']);
  });
});
