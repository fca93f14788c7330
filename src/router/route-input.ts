import { z } from 'zod';

export const CONTEXT_KINDS = ['job', 'post', 'company', 'profile'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

/** What the member is viewing while asking. */
export const routeContextSchema = z.object({
  kind: z.enum(CONTEXT_KINDS),
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().optional(),
});

export const historyTurnSchema = z.object({
  role: z.enum(['user', 'assistant', 'system']),
  text: z.string(),
});

/** A question to route: the query, what the member is viewing, and the conversation so far. */
export const routeInputSchema = z.object({
  query: z.string().max(4000),
  context: routeContextSchema.optional(),
  history: z.array(historyTurnSchema).max(200).optional(),
});

export type RouteContext = z.infer<typeof routeContextSchema>;
export type HistoryTurn = z.infer<typeof historyTurnSchema>;
export type RouteInput = z.infer<typeof routeInputSchema>;
