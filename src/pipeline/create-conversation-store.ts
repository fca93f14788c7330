import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MessageStatus } from '../network/db/conversation-schema.ts';
import type { Database } from '../network/db/schema.ts';
import type { ConversationTurn } from '../prompts/conversation-turn.ts';
import type { RouteAgent } from '../router/agents.ts';
import type { TurnEvent } from './turn-event.ts';

export interface StartedTurn {
  conversationId: string;
  /** The assistant message this turn writes; its events hang off it. */
  messageId: string;
  /** The turns before this one, oldest first. */
  history: ConversationTurn[];
}

export interface TurnRecorder {
  /** Queues an event; queued events are written in small batches, and on `flush`. */
  record(event: TurnEvent, atMs: number): void;
  flush(): Promise<void>;
  /** Writes what is queued and the message's final text and status. */
  finish(outcome: { text: string; agent?: RouteAgent; status: MessageStatus }): Promise<void>;
}

export interface ConversationStore {
  /**
   * Stores the member's message (before anything runs, so a crash cannot lose it) and an assistant
   * message marked `streaming`; creates the conversation when no id is given. Throws for an
   * unknown id or one that belongs to another member.
   */
  startTurn(input: {
    conversationId?: string;
    memberId: number | null;
    question: string;
    context?: string;
    historyTurns: number;
  }): Promise<StartedTurn & { recorder: TurnRecorder }>;
  /** The stored messages of a conversation, oldest first, with their status. */
  messages(
    conversationId: string,
  ): Promise<{ role: string; text: string; agent: string | null; status: MessageStatus }[]>;
  /** The events of one assistant message, in order. */
  events(messageId: string): Promise<TurnEvent[]>;
}

export class UnknownConversationError extends Error {}

const BATCH_EVENTS = 32;
const BATCH_MS = 50;

/** Conversations, messages and turn events in the network's database (migration 002). */
export function createConversationStore(db: Kysely<Database>): ConversationStore {
  async function history(conversationId: string, limit: number): Promise<ConversationTurn[]> {
    const rows = await db
      .selectFrom('messages')
      .select(['role', 'text', 'agent', 'status'])
      .where('conversation_id', '=', conversationId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows
      .reverse()
      .filter((row) => row.text.length > 0)
      .map((row) => ({
        role: row.role,
        text: row.status === 'complete' ? row.text : `${row.text} (cut off)`,
        ...(row.agent ? { agent: row.agent as RouteAgent } : {}),
      }));
  }

  function createRecorder(messageId: string): TurnRecorder {
    let queue: { event: TurnEvent; atMs: number }[] = [];
    let seq = 0;
    let timer: NodeJS.Timeout | undefined;
    let writing: Promise<void> = Promise.resolve();
    // Text is kept on the message as it grows, so a crash leaves the answer so far readable.
    let text = '';
    const flush = (): Promise<void> => {
      clearTimeout(timer);
      timer = undefined;
      const batch = queue;
      queue = [];
      if (batch.length === 0) return writing;
      const rows = batch.map(({ event, atMs }) => ({
        message_id: messageId,
        seq: seq++,
        type: event.type,
        payload: JSON.stringify(event),
        at_ms: atMs,
      }));
      const textSoFar = text;
      writing = writing.then(() =>
        db.transaction().execute(async (trx) => {
          await trx.insertInto('turn_events').values(rows).execute();
          await trx
            .updateTable('messages')
            .set({ text: textSoFar })
            .where('message_id', '=', messageId)
            .execute();
        }),
      );
      return writing;
    };
    return {
      record(event, atMs) {
        if (event.type === 'text_delta') text += event.text;
        queue.push({ event, atMs });
        if (queue.length >= BATCH_EVENTS) void flush().catch(() => {});
        else timer ??= setTimeout(() => void flush().catch(() => {}), BATCH_MS);
      },
      flush,
      async finish({ text: finalText, agent, status }) {
        await flush();
        await db
          .updateTable('messages')
          .set({ text: finalText, status, agent: agent ?? null })
          .where('message_id', '=', messageId)
          .execute();
      },
    };
  }

  return {
    async startTurn({ conversationId, memberId, question, context, historyTurns }) {
      const now = Date.now();
      let id = conversationId;
      if (id) {
        const row = await db
          .selectFrom('conversations')
          .select('member_id')
          .where('conversation_id', '=', id)
          .executeTakeFirst();
        if (!row || row.member_id !== memberId) throw new UnknownConversationError(`no conversation ${id}`);
      } else {
        id = randomUUID();
        await db
          .insertInto('conversations')
          .values({ conversation_id: id, member_id: memberId, created_at: now, updated_at: now })
          .execute();
      }
      const past = await history(id, historyTurns);
      const last = await db
        .selectFrom('messages')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('conversation_id', '=', id)
        .executeTakeFirst();
      const seq = Number(last?.seq ?? -1) + 1;
      const messageId = randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('messages')
          .values([
            {
              message_id: randomUUID(),
              conversation_id: id,
              seq,
              role: 'member',
              agent: null,
              text: question,
              context: context ?? null,
              status: 'complete',
              created_at: now,
            },
            {
              message_id: messageId,
              conversation_id: id,
              seq: seq + 1,
              role: 'assistant',
              agent: null,
              text: '',
              context: null,
              status: 'streaming',
              created_at: now,
            },
          ])
          .execute();
        await trx
          .updateTable('conversations')
          .set({ updated_at: now })
          .where('conversation_id', '=', id)
          .execute();
      });
      return { conversationId: id, messageId, history: past, recorder: createRecorder(messageId) };
    },
    async messages(conversationId) {
      return db
        .selectFrom('messages')
        .select(['role', 'text', 'agent', 'status'])
        .where('conversation_id', '=', conversationId)
        .orderBy('seq')
        .execute();
    },
    async events(messageId) {
      const rows = await db
        .selectFrom('turn_events')
        .select('payload')
        .where('message_id', '=', messageId)
        .orderBy('seq')
        .execute();
      return rows.map((row) => JSON.parse(row.payload) as TurnEvent);
    },
  };
}
