import type { Hono } from 'hono';
import { z } from 'zod';
import { type ErrorBody, errorBody } from '../http-errors.ts';
import { docOf, type ResponseDoc, type RouteDoc } from './describe-route.ts';

/** A route described by method and path rather than through its handler (see registerRouteDoc). */
export interface PathDoc extends RouteDoc {
  method: string;
  path: string;
}

// Hono wraps the handlers of a sub-app that has its own error handler; the original is kept here.
const COMPOSED_HANDLER = '__COMPOSED_HANDLER';

const ERROR_EXAMPLE: ErrorBody = errorBody('invalid_input', 'limit: Too big: expected number to be <=100', [
  { field: 'limit', message: 'Too big: expected number to be <=100' },
]);

/** `/api/jobs/:job_id` → `/api/jobs/{job_id}`; a pattern (`:slug{[a-z]+}`) is dropped. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}');
}

/** Every route mounted on `app` (middleware excluded) as `METHOD /openapi/path`. */
export function mountedOperations(app: Hono): { method: string; path: string; handlers: object[] }[] {
  const byKey = new Map<string, { method: string; path: string; handlers: object[] }>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const key = `${route.method} ${route.path}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { method: route.method, path: route.path, handlers: [] };
      byKey.set(key, entry);
    }
    const handler = route.handler as unknown as Record<string, object | undefined>;
    entry.handlers.push(handler[COMPOSED_HANDLER] ?? handler);
  }
  return [...byKey.values()];
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  // Input side: what a client sends; transforms and refinements have no JSON Schema and become `{}`.
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

function parameters(location: 'path' | 'query' | 'header', schema: z.ZodObject | undefined, names = {}) {
  if (!schema) return [];
  const rename: Record<string, string> = names;
  const described = jsonSchema(schema) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(described.properties ?? {}).map(([field, property]) => ({
    name: rename[field] ?? field,
    in: location,
    required: location === 'path' || (described.required ?? []).includes(field),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}

function response({ description, contentType = 'application/json', schema }: ResponseDoc) {
  return {
    description,
    content: { [contentType]: schema ? { schema: jsonSchema(schema) } : {} },
  };
}

function operation(method: string, path: string, doc: RouteDoc | undefined) {
  const pathParams = [...path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const params =
    doc?.params && Object.keys(doc.params.shape).length > 0
      ? doc.params
      : z.object(Object.fromEntries(pathParams.map((name) => [name, z.string()])));
  const responses: Record<string, unknown> = {};
  for (const [status, response_] of Object.entries(doc?.responses ?? { 200: { description: 'OK' } }))
    responses[status] = response(response_);
  responses['4XX'] = {
    description: 'bad input (400), unknown id (404), too large (413), too many requests (429)',
    content: { 'application/json': { example: ERROR_EXAMPLE } },
  };
  return {
    operationId: `${method.toLowerCase()}${toOpenApiPath(path).replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c = '') => c.toUpperCase())}`,
    summary: doc?.summary ?? 'undocumented',
    ...(doc?.description ? { description: doc.description } : {}),
    ...(doc?.tags ? { tags: doc.tags } : {}),
    ...(doc ? {} : { 'x-undocumented': true }),
    parameters: [
      ...parameters('path', params),
      ...parameters('query', doc?.query, doc?.queryNames),
      ...parameters('header', doc?.headers),
    ],
    ...(doc?.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(doc.body) } } } }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 description of every route mounted on `app`, read from the docs attached to its
 * handlers (describeRoute, validate, networkHandler) and from `pathDocs`. A route nobody described
 * still appears, marked `x-undocumented`, so the document never silently misses one.
 */
export function buildOpenApiDocument(
  app: Hono,
  { pathDocs = [], version = '0.1.0' }: { pathDocs?: readonly PathDoc[]; version?: string } = {},
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, path, handlers } of mountedOperations(app)) {
    const attached = handlers.map(docOf).filter((doc): doc is RouteDoc => doc !== undefined);
    const registered = pathDocs.filter((doc) => doc.method.toUpperCase() === method && doc.path === path);
    const docs = [...attached, ...registered];
    const merged: RouteDoc | undefined = docs.length > 0 ? Object.assign({}, ...docs) : undefined;
    const openApiPath = toOpenApiPath(path);
    paths[openApiPath] ??= {};
    (paths[openApiPath] as Record<string, unknown>)[method.toLowerCase()] = operation(method, path, merged);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier HTTP API',
      version,
      description:
        'JSON everywhere; errors are {"error": {"code", "message", "fields"?, "requestId"?}}. The viewer is the ' +
        'signed-in member (session cookie, POST /api/session) or, for API clients, the X-Member-Id header.',
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
