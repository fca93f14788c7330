import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';

const db = openTestDatabase();
afterAll(() => db.destroy());

describe('imported articles', () => {
  it('has the handbook pages (without redirect stubs) and the interview guides', async () => {
    const rows = await db
      .selectFrom('articles')
      .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('source')
      .orderBy('source')
      .execute();
    expect(rows.map((r) => [r.source, Number(r.n)])).toEqual([
      ['18f-handbook', 236],
      ['reverse-interview', 1],
      ['tech-interview-handbook', 19],
    ]);
  });

  it('strips MDX and keeps a public URL', async () => {
    const resume = await db
      .selectFrom('articles')
      .selectAll()
      .where('article_id', '=', 'interview/resume')
      .executeTakeFirstOrThrow();
    expect(resume.url).toBe('https://www.techinterviewhandbook.org/resume/');
    expect(resume.body).not.toMatch(/import InDocAd|<head>|<InDocAd|og:image/);
    const docs = await sql<{
      n: number;
    }>`select count(*) as n from search_docs where kind = 'article'`.execute(db);
    expect(Number(docs.rows[0]?.n)).toBe(256);
  });
});
