import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter.ts';

describe('readFrontMatter', () => {
  it('splits the YAML front matter from the body', () => {
    const { data, body } = readFrontMatter(
      '---\ntitle: 18F project defaults\nauthors:\n  - 18F\n---\n\nThis year...\n',
    );
    expect(data).toEqual({ title: '18F project defaults', authors: ['18F'] });
    expect(body).toBe('\nThis year...\n');
  });

  it('accepts quoted values wrapped onto unindented lines, as Jekyll did', () => {
    const source =
      '---\ntitle: "67 million more Federal Election Commission records at your\nfingertips"\ndate: 2015-07-15\nexcerpt: "We’re\n  thrilled: it\'s \\"done\\""\n---\nBody';
    expect(readFrontMatter(source).data).toEqual({
      title: '67 million more Federal Election Commission records at your fingertips',
      date: '2015-07-15',
      excerpt: 'We’re thrilled: it\'s "done"',
    });
  });

  it('returns an empty mapping when there is no front matter', () => {
    expect(readFrontMatter('# Reverse interview\n')).toEqual({ data: {}, body: '# Reverse interview\n' });
  });
});
