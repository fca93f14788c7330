import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';

export const WEB_APP_DIST = resolve(import.meta.dirname, '../../web/dist');

/** Paths that belong to the API and operations, never to the web app, even when nothing matched. */
/** A request for a kind of file no page of the app is (`favicon.ico`); post slugs may hold dots. */
const A_FILE_NAME = /\.(ico|png|svg|jpe?g|gif|webp|txt|xml|json|js|css|map|webmanifest|woff2?)$/i;
const NOT_THE_APP = /^\/(api|v1)(\/|$)|^\/(healthz|readyz|metrics|openapi\.json)$/;

/**
 * The built web app (web/dist, `npm run build:web`): hashed assets cached for a year, everything else
 * revalidated, and index.html for any other page GET (the app routes in the browser). When the app is
 * not built, pages say so with a 503 instead of a bare 404; API paths always fall through to the API.
 */
export function serveWebApp({ dist = WEB_APP_DIST }: { dist?: string } = {}): Hono {
  const index = join(dist, 'index.html');
  let files: MiddlewareHandler | undefined;
  let page: MiddlewareHandler | undefined;
  const built = () => {
    if (!existsSync(index)) return false;
    // Cache headers are set on the responses below: serveStatic's onFound runs after the response
    // is built, too late for headers.
    files ??= serveStatic({ root: dist });
    page ??= serveStatic({ root: dist, path: 'index.html' });
    return true;
  };
  return new Hono().get('*', async (c, next) => {
    if (NOT_THE_APP.test(c.req.path)) return next();
    if (!built()) {
      if (!c.req.header('Accept')?.includes('text/html')) return next();
      return c.html(
        '<!doctype html><title>Dossier</title><p>The web app is not built yet: run <code>npm run build:web</code>.</p>',
        503,
      );
    }
    const asFile = await files?.(c, async () => {});
    if (asFile instanceof Response) {
      const immutable = c.req.path.startsWith('/assets/');
      asFile.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return asFile;
    }
    // A missing file (an asset, /favicon.ico, /robots.txt) is a 404, not the app's page; any other
    // path is a page of the app.
    if (c.req.path.startsWith('/assets/') || A_FILE_NAME.test(c.req.path)) return next();
    const asPage = await page?.(c, next);
    asPage?.headers.set('Cache-Control', 'no-cache');
    return asPage ?? next();
  });
}
