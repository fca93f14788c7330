import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { CONTEXT_KINDS } from '../router/route-input.ts';

const devQuestionSchema = z.strictObject({
  question: z.string().min(1),
  /** What the member is viewing, `kind:id`. */
  context: z
    .string()
    .regex(new RegExp(`^(${CONTEXT_KINDS.join('|')}):\\S+$`))
    .optional(),
  /** Skills a good plan calls (recall), in any order. */
  expected_skills: z.array(z.string()),
});

export type DevQuestion = z.infer<typeof devQuestionSchema>;

/** An agent's `dev-set.yaml`: a list of questions with the skills expected in the plan. */
export function loadDevSet(file: string): DevQuestion[] {
  return z
    .array(devQuestionSchema)
    .min(1)
    .parse(parse(readFileSync(file, 'utf8')));
}
