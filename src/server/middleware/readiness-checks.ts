import { type Kysely, sql } from 'kysely';
import { pendingMigrations } from '../../network/db/migrate.ts';
import type { Database } from '../../network/db/schema.ts';
import { loadRouterModel } from '../../router/router-model.ts';
import type { ReadinessCheck } from './readiness.ts';

/** What `dossier serve` needs to answer a turn: the database answering, its schema current, the router model loaded. */
export function assistantReadinessChecks(db: Kysely<Database>): Record<string, ReadinessCheck> {
  return {
    database: async () => {
      await sql`select 1`.execute(db);
    },
    migrations: async () => {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) throw new Error(`not applied: ${pending.join(', ')}`);
    },
    // Read once per process and cached: the first check loads it, later ones cost nothing.
    routerModel: async () => {
      loadRouterModel();
    },
  };
}
