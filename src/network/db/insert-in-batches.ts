import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.ts';

// SQLite caps bound parameters per statement (32,766); Postgres at 65,535. Stay well under both.
const MAX_PARAMETERS = 30_000;

/** Inserts rows in multi-row statements sized to the parameter limit; returns the number inserted. */
export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot narrow a generic table's insert type
  const insert = (batch: readonly unknown[]) => db.insertInto(table).values(batch as any);
  for (let start = 0; start < rows.length; start += size) {
    await insert(rows.slice(start, start + size)).execute();
  }
  return rows.length;
}
