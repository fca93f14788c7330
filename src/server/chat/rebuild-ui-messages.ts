import { readUIMessageStream } from 'ai';
import type { ConversationStore, StoredMessage } from '../../pipeline/create-conversation-store.ts';
import type { DossierChunk, DossierUIMessage } from './dossier-ui-message.ts';
import { replayStoredTurn } from './replay-stored-turn.ts';

/** The parts a stream of chunks leaves in a `useChat` client, by the AI SDK's own reader. */
export async function assemble(chunks: DossierChunk[]): Promise<DossierUIMessage | undefined> {
  let message: DossierUIMessage | undefined;
  const stream = new ReadableStream<DossierChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  for await (const state of readUIMessageStream<DossierUIMessage>({ stream })) message = state;
  return message;
}

async function toUIMessage(store: ConversationStore, message: StoredMessage): Promise<DossierUIMessage> {
  const text = { type: 'text' as const, text: message.text };
  if (message.role === 'member') return { id: message.messageId, role: 'user', parts: [text] };
  const chunks = (await replayStoredTurn(store, message.messageId)).map(({ chunk }) => chunk);
  const rebuilt = chunks.length > 0 ? await assemble(chunks) : undefined;
  return rebuilt
    ? { ...rebuilt, id: message.messageId }
    : { id: message.messageId, role: 'assistant', parts: message.text ? [text] : [] };
}

/**
 * A conversation as `useChat` messages: the member's questions, and each answer rebuilt from its
 * stored turn events through the same parts and the same reader as live, so a reload shows what
 * streamed (text, skill calls, cards, follow-ups, notices).
 */
export async function rebuildUIMessages(
  store: ConversationStore,
  conversationId: string,
): Promise<DossierUIMessage[]> {
  return Promise.all((await store.transcript(conversationId)).map((message) => toUIMessage(store, message)));
}
