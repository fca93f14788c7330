import { z } from 'zod';
import type { ArgSchema } from '../types.ts';

/**
 * An independent validator for parser output, built from the skill's JSON Schema: what a returned
 * call's args must satisfy exactly (types, bounds, enums, required keys, no unknown keys).
 */
export function zodFromJsonSchema(schema: ArgSchema): z.ZodType {
  switch (schema.type) {
    case 'string':
      return schema.enum ? z.enum(schema.enum as [string, ...string[]]) : z.string();
    case 'integer':
    case 'number': {
      let number = schema.type === 'integer' ? z.number().int() : z.number();
      if (schema.minimum !== undefined) number = number.min(schema.minimum);
      if (schema.maximum !== undefined) number = number.max(schema.maximum);
      return number;
    }
    case 'boolean':
      return z.boolean();
    case 'array':
      return z.array(zodFromJsonSchema(schema.items ?? { type: 'string' }));
    case 'object': {
      const required = new Set(schema.required ?? []);
      const shape = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => {
          const field = zodFromJsonSchema(property);
          return [name, required.has(name) ? field : field.optional()];
        }),
      );
      return z.strictObject(shape);
    }
  }
}
