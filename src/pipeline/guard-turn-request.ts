import { z } from 'zod';
import { CONTEXT_KINDS } from '../router/route-input.ts';

export const MAX_QUESTION_CHARS = 2000;
const MAX_HISTORY_TEXT_CHARS = 20_000;

/** What a turn is asked with; the size limits are the guard's first line. */
export const turnRequestSchema = z.object({
  question: z.string().trim().min(1, 'the question is empty').max(MAX_QUESTION_CHARS),
  /** The asking member's id; anonymous without one. */
  member: z.number().int().positive().optional(),
  /** What the member is viewing. */
  context: z
    .object({
      kind: z.enum(CONTEXT_KINDS),
      id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(200)),
    })
    .optional(),
  conversationId: z.string().min(1).max(100).optional(),
  /** The turns before this one, oldest first, when the caller keeps them (the OpenAI-compatible face); else the store's. */
  history: z
    .array(z.object({ role: z.enum(['member', 'assistant']), text: z.string().max(MAX_HISTORY_TEXT_CHARS) }))
    .max(100)
    .optional(),
});

export type TurnRequest = z.input<typeof turnRequestSchema> & { signal?: AbortSignal };
