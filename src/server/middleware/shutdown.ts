import type { MiddlewareHandler } from 'hono';
import { createStreamTracker, type StreamTracker } from './track-streams.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /**
     * Aborted when the server's shutdown grace period is over: a streaming handler that is still
     * running should end its stream properly now (its last part, then close). Streams still open a
     * moment later are ended by the server.
     */
    shutdownSignal: AbortSignal;
  }
}

/** The process's way down: draining (new work refused by /readyz, connections closed after their response), then ending what is left. */
export interface Shutdown {
  readonly draining: boolean;
  /** See `c.get('shutdownSignal')`. */
  readonly signal: AbortSignal;
  readonly graceMs: number;
  readonly streams: StreamTracker;
  /** Starts draining; /readyz answers 503 from now on. */
  begin(): void;
  /**
   * Runs `hook` when the grace period is over (e.g. the chat turn hub's `close`, which stops running
   * turns and records them), before the database closes.
   */
  onEnd(hook: () => Promise<void>): void;
  /** The grace period is over: aborts `signal`, runs the `onEnd` hooks, and ends streams still open after `settleMs`. */
  endNow(settleMs: number): Promise<void>;
  /** Sets the shutdown signal on the context, closes connections while draining, and tracks streams. */
  middleware: MiddlewareHandler;
}

export function createShutdown({ graceMs }: { graceMs: number }): Shutdown {
  const streams = createStreamTracker();
  const controller = new AbortController();
  const hooks: (() => Promise<void>)[] = [];
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    signal: controller.signal,
    graceMs,
    streams,
    begin() {
      draining = true;
    },
    onEnd(hook) {
      hooks.push(hook);
    },
    async endNow(settleMs) {
      controller.abort(new Error('the server is shutting down'));
      const settled = AbortSignal.timeout(settleMs);
      await Promise.all([
        ...hooks.map((hook) => hook().catch(() => undefined)), // a failing hook must not stop the shutdown
        streams.drained(settled),
      ]);
      streams.endAll('the server is shutting down');
    },
    middleware: async (c, next) => {
      c.set('shutdownSignal', controller.signal);
      await streams.middleware(c, next);
      // Keep-alive connections would otherwise hold the server open after this response.
      if (draining) c.header('Connection', 'close');
    },
  };
}
