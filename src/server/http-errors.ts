import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type InputIssue, InvalidInputError, NotFoundError } from '../network/api/network-errors.ts';

/** Every error response: `{ error: { code, message, fields? } }`. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: readonly InputIssue[] };
}

export function errorBody(code: string, message: string, fields?: readonly InputIssue[]): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** Maps the network's errors to 4xx; anything unexpected is a 500 without internals. */
export function respondToError(error: unknown, c: Context): Response {
  if (error instanceof NotFoundError) {
    return c.json(errorBody('not_found', error.message), 404);
  }
  if (error instanceof InvalidInputError) {
    return c.json(errorBody('invalid_input', error.message, error.issues), 400);
  }
  if (error instanceof HTTPException) {
    return c.json(
      errorBody(error.status === 413 ? 'payload_too_large' : 'bad_request', error.message),
      error.status,
    );
  }
  if (c.req.raw.signal.aborted) return c.json(errorBody('aborted', 'the request was cancelled'), 499 as 400);
  console.error(`${c.req.method} ${c.req.path}:`, error);
  return c.json(errorBody('internal', 'internal server error'), 500);
}
