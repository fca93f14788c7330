import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import { insertInBatches } from '../db/insert-in-batches.ts';
import type { MemberTable } from '../db/schema.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { memberSearchDocument } from './member-search-document.ts';
import { postAuthorMember } from './post-author-member.ts';
import { type ParsedPost, readPost } from './read-post.ts';

/**
 * Imports the 18F blog posts with their tags and authors. Every distinct author becomes a member,
 * numbered after the generated members in alphabetical order of their byline slug.
 */
export async function importPosts({ db, dataDir, progress, signal }: ImportContext): Promise<ImportCounts> {
  const dir = join(dataDir, 'posts');
  const files = (await readdir(dir))
    .filter((name) => name.endsWith('.md') && !name.startsWith('LICENSE'))
    .sort();
  progress.total(files.length + 1);
  const posts: ParsedPost[] = [];
  for (const file of files) {
    signal.throwIfAborted();
    posts.push(readPost(file, await readFile(join(dir, file), 'utf8')));
    progress.advance();
  }

  const postsByAuthor = new Map<string, ParsedPost[]>();
  for (const post of posts) {
    for (const author of post.authors)
      postsByAuthor.set(author, [...(postsByAuthor.get(author) ?? []), post]);
  }
  const lastMember = await db
    .selectFrom('members')
    .select((eb) => eb.fn.max('member_id').as('id'))
    .executeTakeFirst();
  const firstAuthorId = Number(lastMember?.id ?? 0) + 1;
  const authorSlugs = [...postsByAuthor.keys()].sort();
  const memberIdOf = new Map(authorSlugs.map((slug, index) => [slug, firstAuthorId + index]));
  const authors: Insertable<MemberTable>[] = authorSlugs.map((slug) =>
    postAuthorMember(memberIdOf.get(slug) ?? 0, slug, postsByAuthor.get(slug) ?? []),
  );

  const counts: ImportCounts = {
    members: await insertInBatches(db, 'members', authors),
    posts: await insertInBatches(
      db,
      'posts',
      posts.map((post) => ({
        slug: post.slug,
        title: post.title,
        published_at: post.publishedAt,
        excerpt: post.excerpt,
        body: post.body,
        url: post.url,
      })),
    ),
    post_authors: await insertInBatches(
      db,
      'post_authors',
      posts.flatMap((post) =>
        post.authors.map((author, position) => ({
          slug: post.slug,
          member_id: memberIdOf.get(author) ?? 0,
          position,
        })),
      ),
    ),
    post_tags: await insertInBatches(
      db,
      'post_tags',
      posts.flatMap((post) => post.tags.map((tag) => ({ slug: post.slug, tag }))),
    ),
  };

  const authorName = new Map(authors.map((a) => [a.member_id, `${a.first_name} ${a.last_name}`.trim()]));
  await indexSearchDocuments(db, [
    ...authors.map((member) => memberSearchDocument({ member, positions: [], skills: [] }, new Map())),
    ...posts.map((post) => ({
      kind: 'post' as const,
      ref: post.slug,
      title: post.title,
      body: [
        post.excerpt,
        post.tags.join(', '),
        post.authors.map((author) => authorName.get(memberIdOf.get(author) ?? 0)).join(', '),
        post.body,
      ].join('\n\n'),
    })),
  ]);
  progress.advance();
  return counts;
}
