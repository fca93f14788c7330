import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondToError } from '../../server/http-errors.ts';
import { memberRoutes } from '../../server/routes/members.ts';
import { scratchDatabaseBackends } from '../../test/scratch-database-backends.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import { createNetwork, type Network } from './create-network.ts';
import { InvalidInputError, NotFoundError } from './network-errors.ts';
import { NotYourProfileError } from './update-member-profile.ts';
import { ANONYMOUS_VIEWER, memberViewer } from './viewer.ts';

const backends = await scratchDatabaseBackends('profile');

async function seed(url: string) {
  const db = openDatabase({ url });
  await migrateToLatest(db);
  await db
    .insertInto('companies')
    .values({
      company_id: 11056,
      name: 'Insight Global',
      description: 'staffing',
      company_size: null,
      city: 'Atlanta',
      state: 'GA',
      country: 'US',
      zip_code: null,
      address: null,
      url: null,
      employee_count: null,
      follower_count: null,
      source: 'dataset',
    })
    .execute();
  const member = (member_id: number, first_name: string) => ({
    member_id,
    first_name,
    last_name: 'Okafor',
    headline: 'Nurse',
    about: 'Ward nurse.',
    city: 'Boston',
    state: 'MA',
    country: 'US',
    onet_code: null,
    industry: null,
    joined_at: 0,
    email: `${first_name}@example.com`,
    phone: '555',
    desired_salary: null,
    open_to_work: 0,
  });
  await db
    .insertInto('members')
    .values([member(1, 'Ada'), member(2, 'Bo')])
    .execute();
  await db
    .insertInto('member_positions')
    .values({
      member_id: 1,
      company_id: 11056,
      title: 'Nurse',
      description: 'Night shifts',
      start_date: '2020-01',
      end_date: null,
    })
    .execute();
  await db.insertInto('member_skills').values({ member_id: 1, skill: 'Triage' }).execute();
  await indexSearchDocuments(db, [
    { kind: 'member', ref: '1', title: 'Ada Okafor — Nurse', body: 'Ward nurse. Triage' },
    { kind: 'member', ref: '2', title: 'Bo Okafor — Nurse', body: 'Ward nurse.' },
  ]);
  return db;
}

describe.each(backends)('updateMemberProfile on $name', ({ url, run }) => {
  let db: Awaited<ReturnType<typeof seed>>;
  let network: Network;
  beforeAll(async () => {
    if (!run) return;
    db = await seed(url);
    network = createNetwork(db);
  });
  afterAll(() => db?.destroy());

  it.runIf(run)('refuses anyone but the member, and input over the limits, changing nothing', async () => {
    await expect(
      network.updateMemberProfile(memberViewer(2), { memberId: 1, headline: 'hijacked' }),
    ).rejects.toBeInstanceOf(NotYourProfileError);
    await expect(
      network.updateMemberProfile(ANONYMOUS_VIEWER, { memberId: 1, headline: 'hijacked' }),
    ).rejects.toBeInstanceOf(NotYourProfileError);
    for (const input of [
      { headline: 'x'.repeat(221) },
      { about: 'x'.repeat(2601) },
      { skills: ['  '] },
      { skills: Array.from({ length: 101 }, (_, i) => `skill ${i}`) },
      { email: 'new@example.com' },
    ]) {
      await expect(
        network.updateMemberProfile(memberViewer(1), { memberId: 1, ...input }),
      ).rejects.toBeInstanceOf(InvalidInputError);
    }
    await expect(network.updateMemberProfile(memberViewer(9), { memberId: 9 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await network.getMemberProfile(ANONYMOUS_VIEWER, { memberId: 1 })).headline).toBe('Nurse');
  });

  it.runIf(run)('changes headline, about and skills, and people search finds the new text', async () => {
    const ada = memberViewer(1);
    const updated = await network.updateMemberProfile(ada, {
      memberId: 1,
      headline: '  Flight software engineer  ',
      about: 'Writes C++ for satellites.',
      skills: ['C++', 'Rust', 'c++'],
    });
    expect(updated).toMatchObject({
      headline: 'Flight software engineer',
      about: 'Writes C++ for satellites.',
      skills: ['C++', 'Rust'],
      positions: [{ title: 'Nurse', company: { name: 'Insight Global' } }],
    });
    expect(updated.private).not.toBeNull(); // the member reads their own profile back
    const found = await network.searchPeople(ANONYMOUS_VIEWER, { query: 'satellites' });
    expect(found.items.map((item) => item.memberId)).toEqual([1]);
    expect((await network.searchPeople(ANONYMOUS_VIEWER, { query: 'triage' })).total).toBe(0);
    // Positions stay in the document: it was rebuilt whole, not from the edited fields alone.
    expect((await network.searchPeople(ANONYMOUS_VIEWER, { query: 'Insight Global' })).total).toBe(1);

    // Absent fields stay as they are; an empty list clears the skills.
    const cleared = await network.updateMemberProfile(ada, { memberId: 1, skills: [] });
    expect(cleared).toMatchObject({ headline: 'Flight software engineer', skills: [] });
    expect((await network.getMemberProfile(ANONYMOUS_VIEWER, { memberId: 2 })).headline).toBe('Nurse');
  });
});

describe('PATCH /api/members/me', () => {
  it('edits the signed-in member only, with 401 for anonymous and 400 for bad bodies', async () => {
    const db = await seed(join(mkdtempSync(join(tmpdir(), 'dossier-profile-http-')), 'profile.sqlite'));
    const app = new Hono().route('/api/members', memberRoutes(createNetwork(db))).onError(respondToError);
    const patch = (body: string, headers: Record<string, string> = { 'X-Member-Id': '2' }) =>
      app.request('/api/members/me', { method: 'PATCH', body, headers });
    try {
      const ok = await patch(JSON.stringify({ headline: 'Charge nurse', skills: ['Triage'] }));
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ memberId: 2, headline: 'Charge nurse', skills: ['Triage'] });
      expect((await patch('{"headline":"x"}', {})).status).toBe(401);
      for (const body of [
        'not json',
        '[]',
        '{"memberId":1,"headline":"x"}',
        `{"about":"${'x'.repeat(2601)}"}`,
      ]) {
        const refused = await patch(body);
        expect(refused.status, body).toBe(400);
        expect(await refused.json(), body).toMatchObject({ error: { code: 'invalid_input' } });
      }
      expect((await createNetwork(db).getMemberProfile(ANONYMOUS_VIEWER, { memberId: 1 })).headline).toBe(
        'Nurse',
      );
    } finally {
      await db.destroy();
    }
  });
});
