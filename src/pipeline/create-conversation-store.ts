import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedbackRating, MessageStatus } from '../network/db/conversation-schema.ts';
import type { Database } from '../network/db/schema.ts';
import type { ConversationTurn } from '../prompts/conversation-turn.ts';
import type { RouteAgent } from '../router/agents.ts';
import { nextAnswerText } from './answer-text.ts';
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

/** One stored message as the chat API shows it. */
export interface StoredMessage {
  messageId: string;
  role: 'member' | 'assistant';
  text: string;
  agent: string | null;
  status: MessageStatus;
  /** What the member was viewing when asking, `kind:id`. */
  context: string | null;
  createdAt: number;
}

/** A conversation in a member's list: its title is the first question. */
export interface ConversationSummary {
  conversationId: string;
  title: string;
  context: string | null;
  updatedAt: number;
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
  /**
   * Creates the conversation with this (client-chosen) id for the member unless it exists, so a
   * client can name a conversation before its first turn. Throws UnknownConversationError when the
   * id belongs to another member.
   */
  claimConversation(input: { conversationId: string; memberId: number | null }): Promise<void>;
  /** Who owns the conversation (null: anonymous); undefined when there is no such conversation. */
  conversationOwner(conversationId: string): Promise<{ memberId: number | null } | undefined>;
  /** The member's conversations, most recently updated first. */
  listConversations(memberId: number, options: { limit: number }): Promise<ConversationSummary[]>;
  /** Every message of the conversation with its id and context, oldest first. */
  transcript(conversationId: string): Promise<StoredMessage[]>;
  /** The conversation a message belongs to, its owner and role; undefined for an unknown id. */
  messageOwner(
    messageId: string,
  ): Promise<{ conversationId: string; memberId: number | null; role: 'member' | 'assistant' } | undefined>;
  /** Stores the member's rating of an assistant message; rating again replaces it. */
  saveFeedback(input: {
    messageId: string;
    memberId: number | null;
    rating: FeedbackRating;
    comment?: string;
  }): Promise<void>;
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
        // Withdrawn text must not outlive the turn in the stored text (history feeds later prompts).
        text = nextAnswerText(text, event);
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

  async function conversationOwner(conversationId: string) {
    const row = await db
      .selectFrom('conversations')
      .select('member_id')
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return row && { memberId: row.member_id };
  }

  async function transcript(conversationId: string): Promise<StoredMessage[]> {
    const rows = await db
      .selectFrom('messages')
      .select(['message_id', 'role', 'text', 'agent', 'status', 'context', 'created_at'])
      .where('conversation_id', '=', conversationId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      messageId: row.message_id,
      role: row.role,
      text: row.text,
      agent: row.agent,
      status: row.status,
      context: row.context,
      createdAt: row.created_at,
    }));
  }

  return {
    async startTurn({ conversationId, memberId, question, context, historyTurns }) {
      const now = Date.now();
      let id = conversationId;
      if (id) {
        const owner = await conversationOwner(id);
        if (!owner || owner.memberId !== memberId)
          throw new UnknownConversationError(`no conversation ${id}`);
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
      return (await transcript(conversationId)).map(({ role, text, agent, status }) => ({
        role,
        text,
        agent,
        status,
      }));
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
    async claimConversation({ conversationId, memberId }) {
      const now = Date.now();
      await db
        .insertInto('conversations')
        .values({ conversation_id: conversationId, member_id: memberId, created_at: now, updated_at: now })
        .onConflict((conflict) => conflict.column('conversation_id').doNothing())
        .execute();
      const owner = await conversationOwner(conversationId);
      if (owner?.memberId !== memberId)
        throw new UnknownConversationError(`no conversation ${conversationId}`);
    },
    conversationOwner,
    async listConversations(memberId, { limit }) {
      const rows = await db
        .selectFrom('conversations as c')
        .innerJoin('messages as m', (join) =>
          join.onRef('m.conversation_id', '=', 'c.conversation_id').on('m.seq', '=', 0),
        )
        .select(['c.conversation_id', 'c.updated_at', 'm.text', 'm.context'])
        .where('c.member_id', '=', memberId)
        .orderBy('c.updated_at', 'desc')
        .orderBy('c.conversation_id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        conversationId: row.conversation_id,
        title: row.text,
        context: row.context,
        updatedAt: row.updated_at,
      }));
    },
    transcript,
    async messageOwner(messageId) {
      const row = await db
        .selectFrom('messages as m')
        .innerJoin('conversations as c', 'c.conversation_id', 'm.conversation_id')
        .select(['m.conversation_id', 'c.member_id', 'm.role'])
        .where('m.message_id', '=', messageId)
        .executeTakeFirst();
      return row && { conversationId: row.conversation_id, memberId: row.member_id, role: row.role };
    },
    async saveFeedback({ messageId, memberId, rating, comment }) {
      const values = { rating, comment: comment ?? null, member_id: memberId, created_at: Date.now() };
      await db
        .insertInto('feedback')
        .values({ message_id: messageId, ...values })
        .onConflict((conflict) => conflict.column('message_id').doUpdateSet(values))
        .execute();
    },
  };
}
