import { Hono } from 'hono';
import { buildOpenApiDocument, type OpenApiDocument, type PathDoc } from './build-openapi-document.ts';
import { describeRoute } from './describe-route.ts';
import { renderApiDocsPage } from './render-api-docs-page.ts';
import { UNATTACHED_ROUTE_DOCS } from './unattached-route-docs.ts';

/**
 * `/openapi.json` and `/docs` (mount under `/api`), describing every route of `app` — read when first
 * asked, so routes mounted after this one are included.
 */
export function apiDocsRoutes(app: Hono, pathDocs: readonly PathDoc[]): Hono {
  let document: OpenApiDocument | undefined;
  const current = () => {
    document ??= buildOpenApiDocument(app, { pathDocs: [...UNATTACHED_ROUTE_DOCS, ...pathDocs] });
    return document;
  };
  return new Hono()
    .get(
      '/openapi.json',
      describeRoute({ summary: 'this API as an OpenAPI 3.1 document', tags: ['operations'] }, (c) =>
        c.json(current()),
      ),
    )
    .get(
      '/docs',
      describeRoute(
        {
          summary: 'this API as a readable page (no scripts, works offline)',
          tags: ['operations'],
          responses: { 200: { description: 'HTML', contentType: 'text/html' } },
        },
        (c) => c.html(renderApiDocsPage(current())),
      ),
    );
}
