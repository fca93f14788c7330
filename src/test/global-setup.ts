import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../network/db/migrate.ts';
import { openDatabase } from '../network/db/open-database.ts';
import { buildDatabase } from '../network/import/ensure-database.ts';

/**
 * The imported test database, built once per checkout; delete it to rebuild.
 * DOSSIER_TEST_DATABASE points tests at another SQLite file (e.g. one engineer's own while developing).
 */
export const TEST_DATABASE_PATH =
  process.env.DOSSIER_TEST_DATABASE ?? resolve(import.meta.dirname, '../../var/test.sqlite');

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabasePath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (!existsSync(TEST_DATABASE_PATH)) {
    const started = performance.now();
    await buildDatabase({ url: TEST_DATABASE_PATH });
    console.log(`imported the test database in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  } else {
    // A database imported before a newer migration landed gets it, as `npm start` would do.
    const db = openDatabase({ url: TEST_DATABASE_PATH });
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
  }
  project.provide('testDatabasePath', TEST_DATABASE_PATH);
}
