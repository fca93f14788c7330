import type { MiddlewareHandler } from 'hono';

/** The open `text/event-stream` responses, so metrics can count them and shutdown can wait for or end them. */
export interface StreamTracker {
  readonly open: number;
  /** Wraps each event-stream response body so it is counted while open and can be ended. */
  middleware: MiddlewareHandler;
  /** Resolves once no stream is open (at once if none is), or when `signal` aborts. */
  drained(signal?: AbortSignal): Promise<void>;
  /** Ends every open stream cleanly: a final SSE comment, then the end of the body (not a reset). */
  endAll(reason: string): void;
}

const encoder = new TextEncoder();

export function createStreamTracker(): StreamTracker {
  const open = new Set<(reason: string) => void>();
  let waiters: (() => void)[] = [];
  const settle = () => {
    if (open.size > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };

  return {
    get open() {
      return open.size;
    },
    middleware: async (c, next) => {
      await next();
      // The header first: reading `body` of @hono/node-server's light responses turns them into streams.
      if (!c.res.headers.get('content-type')?.startsWith('text/event-stream')) return;
      const body = c.res.body;
      if (!body) return;
      const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
      const stop = new AbortController();
      let endReason: string | undefined;
      const end = (reason: string) => {
        endReason = reason;
        stop.abort();
      };
      open.add(end);
      body
        .pipeTo(writable, { signal: stop.signal, preventAbort: true })
        .catch(async () => {
          if (endReason === undefined) return; // the client went away: the readable side is already cancelled
          const writer = writable.getWriter();
          await writer.write(encoder.encode(`: ${endReason}\n\n`));
          await writer.close();
        })
        .catch(() => undefined) // the client left while the stream was being ended
        .finally(() => {
          open.delete(end);
          settle();
        });
      c.res = new Response(readable, c.res);
    },
    drained(signal) {
      if (open.size === 0 || signal?.aborted) return Promise.resolve();
      return new Promise((resolve) => {
        waiters.push(resolve);
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
    },
    endAll(reason) {
      for (const end of [...open]) end(reason);
    },
  };
}
