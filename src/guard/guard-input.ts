import { z } from 'zod';

/** Where a text comes from: the member typed it, or a skill retrieved it (a post, a job description...). */
export const GUARD_SOURCES = ['user', 'retrieved'] as const;
export type GuardSource = (typeof GUARD_SOURCES)[number];

/** What the guard judges; retrieved content should never hold instructions to the assistant. */
export const guardInputSchema = z.object({
  text: z.string(),
  source: z.enum(GUARD_SOURCES).optional(),
});
export type GuardInput = z.infer<typeof guardInputSchema>;
