import { type Kysely, PostgresAdapter } from 'kysely';

/** True when the database is Postgres; SQLite otherwise. */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
