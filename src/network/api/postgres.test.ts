import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.ts';
import { buildDatabase } from '../import/ensure-database.ts';
import { createNetwork, type Network } from './create-network.ts';
import { ANONYMOUS_VIEWER, memberViewer } from './viewer.ts';

// The same APIs on Postgres: a full import into a schema of its own, dropped afterwards.
// DOSSIER_POSTGRES_URL picks the server (default: local trust auth); the suite is skipped when
// none answers, so machines without Postgres still pass, except in CI, where Postgres must be up.
const SERVER_URL = process.env.DOSSIER_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `dossier_test_${randomBytes(4).toString('hex')}`;
const url = `${SERVER_URL}${SERVER_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(!process.env.CI && !(await reachable()))('network APIs on Postgres', () => {
  let db: ReturnType<typeof openDatabase>;
  let network: Network;
  beforeAll(async () => {
    await admin(`create schema ${schema}`);
    await buildDatabase({ url });
    db = openDatabase({ url });
    network = createNetwork(db);
  }, 300_000);
  afterAll(async () => {
    await db?.destroy();
    await admin(`drop schema if exists ${schema} cascade`);
  });

  it('gets a job by id', async () => {
    const job = await network.getJob(ANONYMOUS_VIEWER, { jobId: 3803052628 });
    expect(job).toMatchObject({ title: 'Flight Software Engineer', company: { companyId: 11056 } });
    expect(job.skills).toContain('C++');
  });

  it('searches jobs with ts_rank, filters and snippets', async () => {
    const page = await network.searchJobs(ANONYMOUS_VIEWER, {
      query: 'Flight Software Engineer',
      location: 'Webster, TX',
    });
    expect(page.items[0]?.jobId).toBe(3803052628);
    expect(page.items[0]?.snippet).toContain('«');
    const remote = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'engineer', remote: true, limit: 50 });
    expect(remote.total).toBeGreaterThan(0);
    expect(remote.items.every((job) => job.location.remote)).toBe(true);
    const prefix = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'softw' });
    expect(prefix.total).toBeGreaterThan(0);
  });

  it('keeps private member fields private', async () => {
    const member = await db
      .selectFrom('members')
      .select(['member_id', 'email'])
      .orderBy('member_id')
      .executeTakeFirstOrThrow();
    const memberId = Number(member.member_id);
    const seen = await network.getMemberProfile(memberViewer(memberId + 1), { memberId });
    expect(seen.private).toBeNull();
    expect(JSON.stringify(seen)).not.toContain(member.email);
    const own = await network.getMemberProfile(memberViewer(memberId), { memberId });
    expect(own.private?.email).toBe(member.email);
    const people = await network.searchPeople(ANONYMOUS_VIEWER, { query: seen.name });
    expect(JSON.stringify(people)).not.toContain(member.email);
  });

  it('pages the feed and computes salary statistics', async () => {
    const first = await network.getFeed(ANONYMOUS_VIEWER, { limit: 5 });
    const second = await network.getFeed(ANONYMOUS_VIEWER, {
      limit: 5,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);
    const stats = await network.getSalaryStatistics(ANONYMOUS_VIEWER, { title: 'software engineer' });
    expect(stats.byCurrency[0]?.count).toBeGreaterThan(0);
  });
});
