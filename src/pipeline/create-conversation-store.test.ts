import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../network/db/migrate.ts';
import { openDatabase } from '../network/db/open-database.ts';
import { scratchDatabaseBackends } from '../test/scratch-database-backends.ts';
import { createConversationStore, UnknownConversationError } from './create-conversation-store.ts';

const backends = await scratchDatabaseBackends('store');

describe.each(backends)('conversation store on $name', ({ url, run }) => {
  it.runIf(run)('stores turns and events in order, feeds history back, and marks cut turns', async () => {
    const db = openDatabase({ url });
    try {
      await migrateToLatest(db);
      const store = createConversationStore(db);
      const first = await store.startTurn({ memberId: 7, question: 'Find nurse jobs', historyTurns: 6 });
      expect(first.history).toEqual([]);
      first.recorder.record({ type: 'route', agent: 'jobs', confidence: 0.9, source: 'model' }, 1);
      first.recorder.record({ type: 'text_delta', text: 'Two ' }, 2);
      first.recorder.record({ type: 'text_delta', text: 'jobs.' }, 3);
      await first.recorder.flush();
      // Flushed text is on the message before the turn ends: a crash here keeps it.
      expect((await store.messages(first.conversationId))[1]).toMatchObject({
        text: 'Two jobs.',
        status: 'streaming',
      });
      await first.recorder.finish({ text: 'Two jobs.', agent: 'jobs', status: 'complete' });
      expect((await store.events(first.messageId)).map((e) => e.type)).toEqual([
        'route',
        'text_delta',
        'text_delta',
      ]);

      const second = await store.startTurn({
        conversationId: first.conversationId,
        memberId: 7,
        question: 'in Boston?',
        historyTurns: 6,
      });
      expect(second.history).toEqual([
        { role: 'member', text: 'Find nurse jobs' },
        { role: 'assistant', text: 'Two jobs.', agent: 'jobs' },
      ]);
      await second.recorder.finish({ text: 'One', agent: 'jobs', status: 'incomplete' });
      const third = await store.startTurn({
        conversationId: first.conversationId,
        memberId: 7,
        question: 'thanks',
        historyTurns: 2,
      });
      expect(third.history).toEqual([
        { role: 'member', text: 'in Boston?' },
        { role: 'assistant', text: 'One (cut off)', agent: 'jobs' },
      ]);
      await expect(
        store.startTurn({
          conversationId: first.conversationId,
          memberId: 8,
          question: 'x',
          historyTurns: 1,
        }),
      ).rejects.toBeInstanceOf(UnknownConversationError);
    } finally {
      await db.destroy();
    }
  });

  it.runIf(run)('keeps withdrawn text out of the stored text while the turn runs and after', async () => {
    const db = openDatabase({ url });
    try {
      await migrateToLatest(db);
      const store = createConversationStore(db);
      const turn = await store.startTurn({ memberId: 7, question: 'Who do I call?', historyTurns: 6 });
      turn.recorder.record({ type: 'text_delta', text: 'Kept. Call (202) ' }, 1);
      turn.recorder.record({ type: 'text_delta', text: '555-0199.' }, 2);
      turn.recorder.record({ type: 'retracted', fromChar: 6, reason: 'private_data: 1 phone number' }, 3);
      turn.recorder.record({ type: 'text_delta', text: 'Then more.' }, 4);
      await turn.recorder.flush();
      // A crash now would leave what the member was left with, never the withdrawn sentence.
      expect((await store.messages(turn.conversationId))[1]).toMatchObject({
        text: 'Kept. Then more.',
        status: 'streaming',
      });
      // The events keep the whole story, so a reload can replay the retraction as it streamed.
      expect((await store.events(turn.messageId)).map((e) => e.type)).toEqual([
        'text_delta',
        'text_delta',
        'retracted',
        'text_delta',
      ]);
      const next = await store.startTurn({
        conversationId: turn.conversationId,
        memberId: 7,
        question: 'and?',
        historyTurns: 6,
      });
      expect(next.history.at(-1)).toEqual({ role: 'assistant', text: 'Kept. Then more. (cut off)' });
    } finally {
      await db.destroy();
    }
  });

  it.runIf(run)("claims client-chosen ids, lists a member's conversations, and stores feedback", async () => {
    const db = openDatabase({ url });
    try {
      await migrateToLatest(db);
      const store = createConversationStore(db);
      const conversationId = randomUUID();
      await store.claimConversation({ conversationId, memberId: 9 });
      await store.claimConversation({ conversationId, memberId: 9 }); // a second claim by the owner is fine
      await expect(store.claimConversation({ conversationId, memberId: 10 })).rejects.toBeInstanceOf(
        UnknownConversationError,
      );
      await expect(store.claimConversation({ conversationId, memberId: null })).rejects.toBeInstanceOf(
        UnknownConversationError,
      );
      expect(await store.conversationOwner(conversationId)).toEqual({ memberId: 9 });
      expect(await store.conversationOwner(randomUUID())).toBeUndefined();

      const turn = await store.startTurn({
        conversationId,
        memberId: 9,
        question: 'Am I a good fit?',
        context: 'job:42',
        historyTurns: 6,
      });
      await turn.recorder.finish({ text: 'Mostly.', agent: 'job_fit', status: 'complete' });
      await sleep(5); // a later updated_at, so the order below is not a tie
      const later = await store.startTurn({ memberId: 9, question: 'Nurse jobs?', historyTurns: 6 });
      await later.recorder.finish({ text: 'Some.', status: 'complete' });
      const listed = await store.listConversations(9, { limit: 10 });
      expect(listed.map((c) => [c.conversationId, c.title, c.context])).toEqual([
        [later.conversationId, 'Nurse jobs?', null],
        [conversationId, 'Am I a good fit?', 'job:42'],
      ]);
      expect(await store.listConversations(10, { limit: 10 })).toEqual([]);

      const messages = await store.transcript(conversationId);
      expect(messages.map((m) => [m.role, m.text, m.status, m.context])).toEqual([
        ['member', 'Am I a good fit?', 'complete', 'job:42'],
        ['assistant', 'Mostly.', 'complete', null],
      ]);
      expect(await store.messageOwner(turn.messageId)).toEqual({
        conversationId,
        memberId: 9,
        role: 'assistant',
      });
      expect(await store.messageOwner(randomUUID())).toBeUndefined();

      await store.saveFeedback({ messageId: turn.messageId, memberId: 9, rating: 'down' });
      await store.saveFeedback({ messageId: turn.messageId, memberId: 9, rating: 'up', comment: 'helpful' });
      expect(await db.selectFrom('feedback').select(['rating', 'comment', 'member_id']).execute()).toEqual([
        { rating: 'up', comment: 'helpful', member_id: 9 },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
