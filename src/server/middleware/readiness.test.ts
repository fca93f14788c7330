import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../network/db/migrate.ts';
import { openDatabase } from '../../network/db/open-database.ts';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { readinessHandler } from './readiness.ts';
import { assistantReadinessChecks } from './readiness-checks.ts';

function probe(db: ReturnType<typeof openDatabase>, draining = () => false) {
  return new Hono().get('/readyz', readinessHandler(assistantReadinessChecks(db), draining));
}

async function readyz(app: Hono) {
  const response = await app.request('/readyz');
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  const body: any = await response.json();
  return { status: response.status, body };
}

describe('/readyz', () => {
  it('is ready when the database answers, its migrations are applied and the router model loads', async () => {
    const db = openDatabase({ url: ':memory:' });
    try {
      await migrateToLatest(db);
      expect(await readyz(probe(db))).toEqual({
        status: 200,
        body: { status: 'ready', checks: ['database', 'migrations', 'routerModel'] },
      });
    } finally {
      await db.destroy();
    }
  });

  it('names pending migrations', async () => {
    const db = openDatabase({ url: ':memory:' });
    try {
      const { status, body } = await readyz(probe(db));
      expect(status).toBe(503);
      expect(body.reasons).toEqual([
        expect.stringMatching(/^migrations: not applied: 001-network, 002-conversations/),
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('says so when the database does not answer, and while shutting down', async () => {
    const db = openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none' });
    try {
      const { status, body } = await readyz(probe(db));
      expect(status).toBe(503);
      expect(body.reasons).toContainEqual(expect.stringMatching(/^database: .*ECONNREFUSED/));
    } finally {
      await db.destroy();
    }
    const live = openTestDatabase();
    try {
      expect(await readyz(probe(live, () => true))).toEqual({
        status: 503,
        body: { status: 'unavailable', reasons: ['shutting down'] },
      });
    } finally {
      await live.destroy();
    }
  });
});
