import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely';
import * as network from './migrations/001-network.ts';
import * as conversations from './migrations/002-conversations.ts';
import * as feedback from './migrations/003-feedback.ts';
import type { Database } from './schema.ts';

// Migrations are listed in code (not read from a folder) so they work the same under tsx and bundlers.
const migrations: Record<string, Migration> = {
  '001-network': network,
  '002-conversations': conversations,
  '003-feedback': feedback,
};

/** Brings the schema up to date; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return results.map((r) => r.migrationName);
}

/** Names of the migrations not yet applied to `db` (empty when the schema is current). */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}
