import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** Conversations, their messages, and every event of every assistant turn (see src/pipeline). */
export async function up(db: AnyDb): Promise<void> {
  const bigint = isPostgres(db) ? 'bigint' : 'integer';
  const real = isPostgres(db) ? 'double precision' : 'real';
  await db.schema
    .createTable('conversations')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', bigint)
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('messages')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.conversation_id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('agent', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('context', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addUniqueConstraint('messages_conversation_seq', ['conversation_id', 'seq'])
    .execute();
  await db.schema
    .createTable('turn_events')
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.message_id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at_ms', real, (c) => c.notNull())
    .addPrimaryKeyConstraint('turn_events_pk', ['message_id', 'seq'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['turn_events', 'messages', 'conversations'])
    await db.schema.dropTable(table).execute();
}
