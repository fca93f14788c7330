import { sql } from 'kysely';
import type { openDatabase } from '../src/network/db/open-database.ts';

/** Every company name of the network, for discovery's company cue. */
export async function loadCompanyNames(db: ReturnType<typeof openDatabase>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from companies`.execute(db);
  return rows.map((row) => row.name);
}
