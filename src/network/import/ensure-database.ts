import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { isPostgresUrl, openDatabase } from '../db/open-database.ts';
import type { Database } from '../db/schema.ts';
import { type ImportOptions, type ImportReport, importNetwork } from './import-network.ts';

export const BUNDLED_DATA_DIR = resolve(import.meta.dirname, '../../../data');

export interface BuildOptions extends Pick<ImportOptions, 'signal' | 'onStep'> {
  url: string;
  dataDir?: string;
}

/**
 * Imports into a fresh database at `url`. SQLite is built in a temporary file and renamed into
 * place at the end, so an interrupted import never leaves a half-filled database behind.
 * Postgres must be empty (or emptied with `reset`).
 */
export async function buildDatabase({
  url,
  dataDir = BUNDLED_DATA_DIR,
  signal,
  onStep,
}: BuildOptions): Promise<ImportReport> {
  if (isPostgresUrl(url)) {
    const db = openDatabase({ url });
    try {
      return await importNetwork({ db, dataDir, signal, onStep });
    } finally {
      await db.destroy();
    }
  }
  const temporary = `${url}.importing`;
  for (const file of [temporary, `${temporary}-wal`, `${temporary}-shm`]) rmSync(file, { force: true });
  const db = openDatabase({ url: temporary });
  let report: ImportReport;
  try {
    report = await importNetwork({ db, dataDir, signal, onStep });
  } finally {
    await db.destroy(); // checkpoints the WAL into the main file
  }
  renameSync(temporary, url);
  return report;
}

/** True when the database at `url` has been imported (SQLite: the file exists; Postgres: jobs has rows). */
export async function databaseExists(url: string): Promise<boolean> {
  if (!isPostgresUrl(url)) return existsSync(url);
  const db: Kysely<Database> = openDatabase({ url });
  try {
    const row = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0) > 0;
  } catch {
    return false; // no schema yet
  } finally {
    await db.destroy();
  }
}
