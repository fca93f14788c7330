import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';

export const WEB_APP_DIST = resolve(import.meta.dirname, '../../web/dist');

/** Paths that belong to the API and operations, never to the web app, even when nothing matched. */
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
    files ??= serveStatic({
      root: dist,
      onFound: (path, c) => {
        c.header(
          'Cache-Control',
          path.startsWith(join(dist, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    page ??= serveStatic({
      root: dist,
      path: 'index.html',
      onFound: (_, c) => c.header('Cache-Control', 'no-cache'),
    });
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
    if (asFile instanceof Response) return asFile;
    // A missing asset is a 404, not the app's page; any other path is a page of the app.
    if (c.req.path.startsWith('/assets/')) return next();
    return (await page?.(c, next)) ?? next();
  });
}
