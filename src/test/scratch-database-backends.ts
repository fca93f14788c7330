import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';

const SERVER_URL = process.env.DOSSIER_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchBackend {
  name: 'SQLite' | 'Postgres';
  url: string;
  /** Postgres is skipped when no server answers, except in CI, where it must run. */
  run: boolean;
}

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

/**
 * Empty databases for a test file that writes, never the shared test database: a fresh SQLite file,
 * and a Postgres database of its own (a schema would not do: Kysely's migrator finds another test's
 * migration tables in any schema), dropped after the file's tests. `DOSSIER_POSTGRES_URL` names the
 * server, as in network/api/postgres.test.ts. Call at a test file's top level.
 */
export async function scratchDatabaseBackends(prefix: string): Promise<ScratchBackend[]> {
  const database = `dossier_${prefix}_${randomBytes(4).toString('hex')}`;
  const postgresUp = await onPostgres(`create database ${database}`);
  afterAll(async () => {
    if (postgresUp) await onPostgres(`drop database if exists ${database} with (force)`);
  });
  return [
    {
      name: 'SQLite',
      url: join(mkdtempSync(join(tmpdir(), `dossier-${prefix}-`)), `${prefix}.sqlite`),
      run: true,
    },
    {
      name: 'Postgres',
      url: Object.assign(new URL(SERVER_URL), { pathname: `/${database}` }).href,
      run: postgresUp || Boolean(process.env.CI),
    },
  ];
}
