import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Shutdown } from './middleware/shutdown.ts';

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Stops accepting connections at once; with a `shutdown`, /readyz turns 503, requests in flight
   * finish and open streams get the grace period, then are ended (shutdown.endNow). Resolves when
   * every connection is closed.
   */
  close(): Promise<void>;
}

/** Time for handlers to end their streams themselves once the shutdown signal fires, before the server ends them. */
const SETTLE_MS = 1000;
/** How often idle keep-alive connections are closed while draining (a response just finished leaves one idle). */
const IDLE_SWEEP_MS = 50;

/** Listens on `port` (0: any free port) at `hostname`; resolves once listening. */
export function startServer(
  app: Hono,
  { port, hostname, shutdown }: { port: number; hostname?: string; shutdown?: Shutdown },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'localhost';
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
        port: info.port,
        close() {
          closing ??= closeGracefully(server, shutdown);
          return closing;
        },
      });
    });
    server.once('error', reject);
  });
}

type NodeServer = ReturnType<typeof serve>;

async function closeGracefully(server: NodeServer, shutdown: Shutdown | undefined): Promise<void> {
  shutdown?.begin();
  const closed = new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
  const closeIdle = () => {
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  const closeAll = () => {
    if ('closeAllConnections' in server) server.closeAllConnections();
  };
  if (!shutdown) {
    closeAll(); // keep-alive connections would hold close() open until they time out
    return closed;
  }
  closeIdle();
  const sweep = setInterval(closeIdle, IDLE_SWEEP_MS);
  try {
    const graceOver = new Promise<'grace over'>((done) =>
      setTimeout(done, shutdown.graceMs, 'grace over').unref(),
    );
    if ((await Promise.race([closed, graceOver])) === 'grace over') {
      await shutdown.endNow(SETTLE_MS);
      const settled = new Promise<'settled'>((done) => setTimeout(done, SETTLE_MS, 'settled').unref());
      if ((await Promise.race([closed, settled])) === 'settled') closeAll();
    } else {
      await shutdown.endNow(0); // nothing was open: still run the end hooks before the database closes
    }
    await closed;
  } finally {
    clearInterval(sweep);
  }
}
