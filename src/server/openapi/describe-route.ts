import type { z } from 'zod';

/** One response of an operation: a description and, for JSON, an optional schema. */
export interface ResponseDoc {
  description: string;
  /** `application/json` unless said otherwise (e.g. `text/event-stream`). */
  contentType?: string;
  schema?: z.ZodType;
}

/** What the OpenAPI document says about one route; any part may come from `validate()` instead. */
export interface RouteDoc {
  summary?: string;
  description?: string;
  tags?: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Query parameters named differently from the schema's fields (`query` → `q`). */
  queryNames?: Record<string, string>;
  headers?: z.ZodObject;
  body?: z.ZodType;
  responses?: Record<number, ResponseDoc>;
}

const docs = new WeakMap<object, RouteDoc>();

/**
 * Attaches `doc` to a handler (or middleware) so the OpenAPI document describes the routes it is
 * mounted on; returns the handler unchanged. Docs on several handlers of one route are merged.
 */
export function describeRoute<Handler extends object>(doc: RouteDoc, handler: Handler): Handler {
  docs.set(handler, { ...docs.get(handler), ...doc });
  return handler;
}

export function docOf(handler: object): RouteDoc | undefined {
  return docs.get(handler);
}
