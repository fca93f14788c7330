import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../http-errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

/** Request bodies of at most 64 KB (checked while reading, so a lying Content-Length does not help): 413 beyond. */
export function jsonBodyLimit(maxSize = MAX_BODY_BYTES): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(
        c,
        413,
        'payload_too_large',
        `the request body is over ${maxSize} bytes (${maxSize / 1024} KB), the most this API accepts`,
      ),
  });
  // Bodiless methods skip it: reading `c.req.raw.body` makes @hono/node-server build a full Request (~100 µs).
  return (c, next) => (BODILESS.has(c.req.method) ? next() : limit(c, next));
}

const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);
