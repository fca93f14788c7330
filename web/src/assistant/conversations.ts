import { z } from 'zod';
import { fetchJson } from '../api/fetch-json.ts';
import type { DossierMessage } from './chat-parts.ts';

const STORAGE_KEY = 'dossier.conversationId';

export const conversationSummarySchema = z.object({
  conversationId: z.string(),
  title: z.string(),
  /** Epoch milliseconds. */
  updatedAt: z.number(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

// Messages are rebuilt by the server in the same shape as live ones; parts are checked when rendered.
const messagesSchema = z.object({
  messages: z.array(
    z.looseObject({
      id: z.string(),
      role: z.enum(['user', 'assistant', 'system']),
      parts: z.array(z.looseObject({ type: z.string() })),
    }),
  ),
});

export function listConversations(signal: AbortSignal): Promise<ConversationSummary[]> {
  return fetchJson('/api/conversations', z.object({ conversations: z.array(conversationSummarySchema) }), {
    signal,
  }).then((body) => body.conversations);
}

export async function loadConversationMessages(id: string, signal: AbortSignal): Promise<DossierMessage[]> {
  const body = await fetchJson(`/api/conversations/${encodeURIComponent(id)}/messages`, messagesSchema, {
    signal,
  });
  return body.messages as DossierMessage[];
}

/** The conversation the panel shows, kept across reloads in this browser. */
export const rememberedConversation = {
  get: (): string | null => localStorage.getItem(STORAGE_KEY),
  set: (id: string) => localStorage.setItem(STORAGE_KEY, id),
};
