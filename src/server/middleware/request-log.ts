import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { viewerFromRequest } from '../viewer-from-request.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's logger, bound to its request id. */
    log: Logger;
  }
}

/**
 * Gives every request an id (the client's `X-Request-Id` when well-formed, else a new UUID, echoed
 * in the response) and writes one JSON line when it is answered: id, method, path, status, ms, member.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  const assignId = requestId();
  return (c, next) =>
    assignId(c, async () => {
      const log = logger.child({ requestId: c.get('requestId') });
      c.set('log', log);
      const started = performance.now();
      await next();
      log.info(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          member: memberOf(c),
        },
        'request',
      );
    });
}

function memberOf(c: Parameters<MiddlewareHandler>[0]): number | null {
  try {
    return viewerFromRequest(c).memberId;
  } catch {
    return null; // a malformed X-Member-Id, already answered with a 400
  }
}
