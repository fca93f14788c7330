import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from '../http-errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests (POST/PUT/PATCH/DELETE) that a browser sent from another site:
 * 403 when `Origin` is neither the server's own (by URL or Host header, so a reverse proxy or the
 * Vite dev proxy works) nor listed in `allowedOrigins`, or, without `Origin`, when `Sec-Fetch-Site`
 * says cross-site or same-site. Requests with neither header (curl, SDK clients) pass: they carry
 * no browser cookies to abuse. Unlike Hono's `csrf`, JSON bodies are checked too rather than left to CORS.
 */
export function sameOrigin({
  allowedOrigins = [],
}: {
  allowedOrigins?: readonly string[];
} = {}): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method)) {
      const refusal = refuse(c, allowed);
      if (refusal) return errorResponse(c, 403, 'cross_origin', refusal);
    }
    await next();
  };
}

function refuse(c: Context, allowed: ReadonlySet<string>): string | undefined {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    if (origin === new URL(c.req.url).origin || allowed.has(origin)) return undefined;
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
    if (origin !== 'null' && host !== undefined && URL.canParse(origin) && new URL(origin).host === host)
      return undefined;
    return `cross-origin ${c.req.method} from ${origin} refused; allowed: this server's own origin${
      allowed.size > 0 ? ` and ${[...allowed].join(', ')}` : ''
    } (DOSSIER_ALLOWED_ORIGINS)`;
  }
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site')
    return `${site} ${c.req.method} without an Origin header refused`;
  return undefined;
}
