import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type InputIssue, InvalidInputError, NotFoundError } from '../network/api/network-errors.ts';

/** Every error response: `{ error: { code, message, fields?, requestId? } }`. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: readonly InputIssue[]; requestId?: string };
}

export function errorBody(code: string, message: string, fields?: readonly InputIssue[]): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** An error response carrying the request's id (see middleware/request-log.ts), so a report can be traced to its log line. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  fields?: readonly InputIssue[],
): Response {
  const body = errorBody(code, message, fields);
  const requestId = c.get('requestId');
  if (requestId) body.error.requestId = requestId;
  return c.json(body, status);
}

const CODE_BY_STATUS: Partial<Record<number, string>> = {
  400: 'invalid_input',
  403: 'forbidden',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** Maps the network's errors to 4xx; anything unexpected is a 500 without internals. */
export function respondToError(error: unknown, c: Context): Response {
  if (error instanceof NotFoundError) return errorResponse(c, 404, 'not_found', error.message);
  if (error instanceof InvalidInputError)
    return errorResponse(c, 400, 'invalid_input', error.message, error.issues);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return errorResponse(c, status, CODE_BY_STATUS[status] ?? 'bad_request', error.message);
  }
  if (c.req.raw.signal.aborted)
    return errorResponse(c, 499 as ContentfulStatusCode, 'aborted', 'the request was cancelled');
  const log = c.get('log');
  if (log) log.error({ err: error, method: c.req.method, path: c.req.path }, 'unhandled error');
  else console.error(`${c.req.method} ${c.req.path}:`, error);
  return errorResponse(c, 500, 'internal', 'internal server error');
}
