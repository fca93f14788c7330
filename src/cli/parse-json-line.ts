import { z } from 'zod';

/**
 * One line of a JSON Lines batch command checked against `schema`: its data, or the output line that
 * says why it is bad (with the line's `id` when it has one), so the command writes it and goes on.
 */
export function parseJsonLine<Schema extends z.ZodType>(
  line: string,
  schema: Schema,
): { data: z.output<Schema> } | { bad: { id?: unknown; error: string } } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { bad: { error: 'bad input line: not JSON' } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { data: parsed.data };
  const id = (json as { id?: unknown } | null)?.id;
  return {
    bad: {
      ...(id === undefined ? {} : { id }),
      error: `bad input line: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`,
    },
  };
}
