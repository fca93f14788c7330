import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';

const db = openTestDatabase();
afterAll(() => db.destroy());

// The data README says 510; the source folder holds 509 posts (plus the licence).
const postFiles = readdirSync(resolve(import.meta.dirname, '../../../data/posts')).filter((f) =>
  /^\d.*\.md$/.test(f),
);

describe('imported posts', () => {
  it('imports every post, its slug being the file name', async () => {
    const slugs = (await db.selectFrom('posts').select('slug').orderBy('slug').execute()).map((p) => p.slug);
    expect(postFiles).toHaveLength(509);
    expect(slugs).toEqual(postFiles.map((f) => f.replace(/\.md$/, '')).sort());
  });

  it('links every post to its authors, who are members, in byline order', async () => {
    const unlinked = await sql<{ n: number }>`
      select count(*) as n from posts p where not exists (select 1 from post_authors a where a.slug = p.slug)`.execute(
      db,
    );
    expect(Number(unlinked.rows[0]?.n)).toBe(0);
    const authors = await db
      .selectFrom('post_authors')
      .innerJoin('members', 'members.member_id', 'post_authors.member_id')
      .where('slug', '=', '2015-08-18-pif-made-permanent')
      .orderBy('position')
      .select(['first_name', 'position'])
      .execute();
    expect(authors.map((a) => a.first_name)).toEqual(['Deniseroth', 'Garren', 'Andre']);
  });

  it('stores bodies as plain text', async () => {
    const posts = await db.selectFrom('posts').select(['slug', 'body', 'excerpt']).execute();
    const residue = posts.filter((p) =>
      /\{%|\{\{|<\/?(p|a|div|br|img|figure)\b|\]\(http/.test(p.excerpt + p.body),
    );
    // Code samples that are themselves HTML or templates may legitimately contain such text.
    expect(residue.length).toBeLessThan(posts.length / 50);
    expect(posts.every((p) => p.excerpt.length > 0)).toBe(true);
  });

  it('indexes posts for search', async () => {
    const docs = await sql<{ n: number }>`select count(*) as n from search_docs where kind = 'post'`.execute(
      db,
    );
    expect(Number(docs.rows[0]?.n)).toBe(postFiles.length);
  });

  it('indexes post authors as members, so people search finds them', async () => {
    const authors = await db.selectFrom('post_authors').select('member_id').distinct().execute();
    const docs = await sql<{ ref: string }>`select ref from search_docs where kind = 'member'`.execute(db);
    const indexed = new Set(docs.rows.map((d) => Number(d.ref)));
    expect(authors.length).toBeGreaterThan(100);
    expect(authors.filter((a) => !indexed.has(a.member_id))).toEqual([]);
  });
});
