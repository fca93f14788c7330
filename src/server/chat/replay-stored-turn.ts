import type { ConversationStore } from '../../pipeline/create-conversation-store.ts';
import type { NumberedChunk } from './create-turn-hub.ts';
import { createUiPartMapper } from './to-ui-message-parts.ts';

/** A stored turn's parts, numbered as they were live (the mapping is deterministic), after `afterId`. */
export async function replayStoredTurn(
  store: ConversationStore,
  messageId: string,
  afterId = 0,
): Promise<NumberedChunk[]> {
  const toParts = createUiPartMapper();
  const chunks = (await store.events(messageId)).flatMap(toParts);
  return chunks.map((chunk, index) => ({ id: index + 1, chunk })).filter(({ id }) => id > afterId);
}
