import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { createMemberLimits } from '../../llm/gateway/create-member-limits.ts';
import { GatewayError } from '../../llm/gateway/gateway-error.ts';
import { errorResponse } from '../http-errors.ts';
import { viewerFromRequest } from '../viewer-from-request.ts';

/**
 * At most `perMinute` requests per member (the viewer) or, for anonymous requests, per client
 * address: a token bucket refilled continuously (the gateway's per-member limiter, in process
 * memory). Over it: 429 with Retry-After and `{error: {code: 'rate_limited', message}}`.
 */
export function rateLimit({ perMinute, what }: { perMinute: number; what: string }): MiddlewareHandler {
  const limiter = createMemberLimits({ rateLimit: { requests: perMinute, windowMs: 60_000 } });
  return async (c, next) => {
    const { key, who } = clientOf(c);
    try {
      limiter.admit(key);
    } catch (error) {
      if (!(error instanceof GatewayError) || error.retryAfterMs === undefined) throw error;
      const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
      c.header('Retry-After', String(seconds));
      return errorResponse(
        c,
        429,
        'rate_limited',
        `too many ${what}: at most ${perMinute} per minute for ${who}; retry in ${seconds} s`,
      );
    }
    await next();
  };
}

function clientOf(c: Context): { key: string; who: string } {
  let memberId: number | null = null;
  try {
    memberId = viewerFromRequest(c).memberId;
  } catch {
    // A malformed X-Member-Id is answered by the route; count it against the address.
  }
  if (memberId !== null) return { key: `member:${memberId}`, who: `member ${memberId}` };
  const address = addressOf(c);
  return { key: `address:${address}`, who: `address ${address}` };
}

function addressOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (app.request in a test)
  }
}
