import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { toInvalidInputError } from '../../network/api/create-network.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const DOC_FIELD = { json: 'body', query: 'query', param: 'params', header: 'headers' } as const;

/**
 * `zValidator` whose failures are the API's one error shape — 400 `{error: {code: 'invalid_input',
 * message, fields}}` — and whose schema documents the route in the OpenAPI description.
 * Malformed JSON is a 400 too (Hono's own HTTPException, mapped in http-errors.ts).
 */
export function validate<Target extends keyof typeof DOC_FIELD, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  const middleware = zValidator(target as Target & keyof ValidationTargets, schema, (result) => {
    if (!result.success) throw toInvalidInputError(result.error as unknown as z.ZodError); // schemas from `zod` fail with its ZodError
  });
  return describeRoute({ [DOC_FIELD[target]]: schema }, middleware);
}
