import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../network/db/migrate.ts';
import { openDatabase } from '../network/db/open-database.ts';
import { createConversationStore, UnknownConversationError } from './create-conversation-store.ts';

// Migration 002 and the store on both databases. Postgres: a database of its own, dropped afterwards
// (a schema would not do: Kysely's migrator finds another test's migration tables in any schema);
// skipped when no server answers, except in CI (DOSSIER_POSTGRES_URL as in network/api/postgres.test.ts).
const SERVER_URL = process.env.DOSSIER_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `dossier_store_${randomBytes(4).toString('hex')}`;

async function onPostgres(statement: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(statement);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresUp = await onPostgres(`create database ${database}`);
afterAll(async () => {
  if (postgresUp) await onPostgres(`drop database if exists ${database} with (force)`);
});

const backends = [
  { name: 'SQLite', url: join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'store.sqlite'), run: true },
  {
    name: 'Postgres',
    url: Object.assign(new URL(SERVER_URL), { pathname: `/${database}` }).href,
    run: postgresUp || Boolean(process.env.CI),
  },
];

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
});
