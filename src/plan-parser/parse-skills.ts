import { z } from 'zod';
import type { ArgSchema, Skill } from './types.ts';

const argSchema: z.ZodType<ArgSchema> = z.lazy(() =>
  z.object({
    type: z.enum(['string', 'integer', 'number', 'boolean', 'array', 'object']),
    description: z.string().optional(),
    enum: z.array(z.string()).nonempty().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    items: argSchema.optional(),
    properties: z.record(z.string(), argSchema).optional(),
    required: z.array(z.string()).optional(),
  }),
);

const skillsSchema = z.array(
  z.object({
    name: z.string().regex(/^[A-Za-z_][\w.-]*$/, 'a skill name is an identifier'),
    description: z.string(),
    args: z.object({
      type: z.literal('object'),
      description: z.string().optional(),
      properties: z.record(z.string(), argSchema).default({}),
      required: z.array(z.string()).optional(),
    }),
  }),
);

/** Validates a skills file's content (`[{name, description, args}]`); throws a readable error when it is off. */
export function parseSkills(json: unknown): Skill[] {
  const parsed = skillsSchema.safeParse(json);
  if (!parsed.success) throw new Error(`invalid skills: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
