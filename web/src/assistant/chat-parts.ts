import type { UIMessage } from 'ai';
import { z } from 'zod';

// The typed data parts of the chat stream (src/server/chat/README.md). UI documents inside them stay
// `unknown` here: they are validated node by node when rendered, so one bad node degrades alone.
export const dataPartSchemas = {
  route: z.object({ agent: z.string(), confidence: z.number(), source: z.string() }),
  'skill-call': z.object({
    skill: z.string(),
    args: z.unknown(),
    status: z.enum(['running', 'ok', 'failed']),
    durationMs: z.number().optional(),
    items: z.number().optional(),
    error: z.string().optional(),
  }),
  card: z.object({
    card: z.object({
      kind: z.string(),
      id: z.union([z.string(), z.number()]),
      title: z.string(),
      subtitle: z.string().nullish(),
      url: z.string().nullish(),
    }),
    ui: z.unknown(),
  }),
  'follow-ups': z.object({ questions: z.array(z.string()), ui: z.unknown() }),
  notice: z.object({ level: z.enum(['info', 'warning']), code: z.string(), text: z.string() }),
  retraction: z.object({ fromChar: z.number().int().nonnegative(), reason: z.string() }),
  conversation: z.object({ conversationId: z.string(), messageId: z.string() }),
  event: z.object({ event: z.unknown() }),
};

export type DossierDataParts = {
  [Name in keyof typeof dataPartSchemas]: z.infer<(typeof dataPartSchemas)[Name]>;
};
export type DossierMessage = UIMessage<unknown, DossierDataParts>;
export type DossierPart = DossierMessage['parts'][number];

/** A data part's payload when it matches the contract; undefined for anything else (never thrown). */
export function dataOf<Name extends keyof DossierDataParts>(
  part: DossierPart,
  name: Name,
): DossierDataParts[Name] | undefined {
  if (part.type !== `data-${name}`) return undefined;
  const parsed = dataPartSchemas[name].safeParse((part as { data: unknown }).data);
  return parsed.success ? (parsed.data as DossierDataParts[Name]) : undefined;
}

/**
 * The text of a message as the member is left with it: its text parts joined in order, each
 * retraction cutting the text before it back to `fromChar` (the text parts after it follow on).
 */
export function textOf(message: DossierMessage): string {
  let text = '';
  for (const part of message.parts) {
    if (part.type === 'text') text += part.text;
    const retraction = dataOf(part, 'retraction');
    if (retraction) text = text.slice(0, retraction.fromChar);
  }
  return text;
}

/** What the member is looking at, sent with each question so the assistant answers about it. */
export interface ChatContext {
  kind: 'job' | 'post' | 'company' | 'profile';
  id: string;
  /** Shown in the panel: "Asking about …". */
  title: string;
}
