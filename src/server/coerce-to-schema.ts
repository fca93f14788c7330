import { z } from 'zod';
import { InvalidInputError } from '../network/api/network-errors.ts';

/**
 * Turns URL strings (query and path parameters) into an API's input: numbers and booleans are
 * converted where the schema wants them, and parameters the API does not know are rejected by
 * name. The API's own schema then validates everything else, so each rule lives in one place.
 */
export function coerceToSchema(
  schema: z.ZodType,
  raw: Record<string, string | undefined>,
  /** How the caller names a field (e.g. the query parameter `q` for `query`). */
  displayName: (field: string) => string = (field) => field,
): Record<string, unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const input: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const field = shape[name];
    if (!field) {
      unknown.push(name);
      continue;
    }
    input[name] = coerce(baseType(field), value);
  }
  if (unknown.length > 0) {
    throw new InvalidInputError(
      unknown.map((name) => ({
        field: displayName(name),
        message: `unknown parameter; known: ${Object.keys(shape).map(displayName).join(', ')}`,
      })),
    );
  }
  return input;
}

function baseType(field: z.ZodType): string {
  let current: z.ZodType = field;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current.def.type;
}

// A value that does not convert is passed on as the string, so the schema's message names the field.
function coerce(type: string, value: string): unknown {
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && /^(true|1)$/i.test(value)) return true;
  if (type === 'boolean' && /^(false|0)$/i.test(value)) return false;
  return value;
}
