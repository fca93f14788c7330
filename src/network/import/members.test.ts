import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { generateMembers, MEMBER_COUNT } from './members/generate-members.ts';
import { loadMemberSources } from './members/load-member-sources.ts';

const db = openTestDatabase();
afterAll(() => db.destroy());

describe('imported members', () => {
  it('has at least 2,000 generated members, ids 1..N', async () => {
    const generated = await db
      .selectFrom('members')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('member_id').as('max')])
      .where('onet_code', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(generated.n)).toBeGreaterThanOrEqual(2000);
    expect(Number(generated.max)).toBe(MEMBER_COUNT);
  });

  it('generates the same members from the same data, byte for byte', async () => {
    const sources = await loadMemberSources(db);
    expect(JSON.stringify(generateMembers(sources))).toBe(JSON.stringify(generateMembers(sources)));
  });

  it('has symmetric connections and none to oneself', async () => {
    const asymmetric = await sql<{ n: number }>`
      select count(*) as n from connections c
      where c.member_id = c.connected_id
         or not exists (select 1 from connections r where r.member_id = c.connected_id and r.connected_id = c.member_id)
    `.execute(db);
    expect(Number(asymmetric.rows[0]?.n)).toBe(0);
  });

  it('places every position at an existing company, with the current one last', async () => {
    const orphans = await db
      .selectFrom('member_positions as p')
      .leftJoin('companies as c', 'c.company_id', 'p.company_id')
      .where('c.company_id', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
    const current = await db
      .selectFrom('member_positions')
      .where('end_date', 'is', null)
      .select((eb) => eb.fn.count<number>('member_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(current.n)).toBe(MEMBER_COUNT);
  });

  it('keeps private fields in the table but out of the search index', async () => {
    const members = await db.selectFrom('members').select(['member_id', 'email', 'phone']).execute();
    expect(members.every((m) => m.email.includes('@') && m.phone !== '')).toBe(true);
    const docs = await sql<{
      body: string;
      title: string;
    }>`select title, body from search_docs where kind = 'member'`.execute(db);
    const indexed = docs.rows.map((d) => `${d.title}\n${d.body}`).join('\n');
    expect(indexed).not.toMatch(/@example\.(com|org)/);
    for (const { phone } of members.slice(0, 200)) expect(indexed).not.toContain(phone);
  });

  it('writes generated public text that does not give away who is open to work', async () => {
    const members = await db
      .selectFrom('members')
      .select(['headline', 'about', 'open_to_work'])
      .where('member_id', '<=', MEMBER_COUNT)
      .execute();
    const seeking = /open to (new|work)|next role|looking for|job ?hunt|reach out/i;
    expect(members.some((m) => m.open_to_work === 1)).toBe(true);
    expect(members.filter((m) => seeking.test(`${m.headline} ${m.about}`))).toEqual([]);
  });
});
