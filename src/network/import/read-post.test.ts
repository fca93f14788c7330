import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPost } from './read-post.ts';

const POSTS_DIR = resolve(import.meta.dirname, '../../../data/posts');
const readBundled = (file: string) => readPost(file, readFileSync(resolve(POSTS_DIR, file), 'utf8'));

describe('readPost', () => {
  it('keeps the file name as slug and builds the published URL from the front matter date', () => {
    const post = readBundled('2014-03-21-29-minutes.md');
    expect(post).toMatchObject({
      slug: '2014-03-21-29-minutes',
      title: '29 minutes',
      authors: ['aaron'],
      tags: ['culture change'],
      url: 'https://18f.gsa.gov/2014/03/21/29-minutes/',
      publishedAt: Date.parse('2014-03-21T12:00:00-04:00'),
    });
    expect(post.excerpt).toMatch(
      /^I want to relate a great little thing that happened here at 18th and F yesterday\./,
    );
    expect(post.body).not.toMatch(/[[\]<>{}]/);
  });

  it('uses the front matter date over the file name date', () => {
    const post = readBundled('2014-12-12-going-to-gov-college.md');
    expect(post.url).toMatch(/^https:\/\/18f\.gsa\.gov\/2014\/12\/15\/going-to-gov-college\/$/);
  });
});
