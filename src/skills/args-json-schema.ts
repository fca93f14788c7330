import { z } from 'zod';
import type { ArgSchema, Skill as PlanSkill } from '../plan-parser/types.ts';

// A skill's arguments as JSON Schema, in the subset the plan parser reads (`parse-calls --skills`):
// type, description, enum, minimum, maximum, items, properties, required. zod's own export carries
// more (defaults, string lengths, $schema); those stay in code, and the LLM sees the plain subset.

export type ArgsJsonSchema = PlanSkill['args'];

type JsonSchemaNode = Record<string, unknown>;

/** The input schema (as the LLM writes it, so defaulted fields are optional) in the plan parser's shape. */
export function toArgsJsonSchema(input: z.ZodObject): ArgsJsonSchema {
  const exported = z.toJSONSchema(input, { io: 'input', unrepresentable: 'throw' }) as JsonSchemaNode;
  const args = toArgSchema(exported);
  if (args.type !== 'object') throw new Error('skill arguments must be an object');
  return args as ArgsJsonSchema;
}

function toArgSchema(node: JsonSchemaNode): ArgSchema {
  const type = node.type as ArgSchema['type'];
  const schema: ArgSchema = { type };
  if (typeof node.description === 'string') schema.description = node.description;
  if (Array.isArray(node.enum)) schema.enum = node.enum.map(String);
  if (typeof node.minimum === 'number') schema.minimum = node.minimum;
  // zod bounds every safe integer; an unbounded maximum says nothing to the LLM.
  if (typeof node.maximum === 'number' && node.maximum !== Number.MAX_SAFE_INTEGER)
    schema.maximum = node.maximum;
  if (node.items) schema.items = toArgSchema(node.items as JsonSchemaNode);
  if (node.properties) {
    schema.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, JsonSchemaNode>).map(([key, value]) => [
        key,
        toArgSchema(value),
      ]),
    );
  }
  if (Array.isArray(node.required) && node.required.length > 0) schema.required = node.required.map(String);
  return schema;
}
