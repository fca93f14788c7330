import { describe, expect, it } from 'vitest';
import { parseSearchText } from './parse-search-text.ts';
import { renderFts5Query } from './render-fts5-query.ts';
import { renderTsquery } from './render-tsquery.ts';

describe('parseSearchText', () => {
  it('keeps letters and digits only, one phrase per word', () => {
    expect(parseSearchText('Node.js C++ "engineer"')).toEqual({
      phrases: [['node', 'js'], ['c'], ['engineer']],
      prefixLast: false,
    });
  });

  it('drops stopwords unless nothing else is left', () => {
    expect(parseSearchText('engineer with python')?.phrases).toEqual([['engineer'], ['python']]);
    expect(parseSearchText('the and')?.phrases).toEqual([['the'], ['and']]);
  });

  it('treats a trailing word of 3+ letters as a prefix', () => {
    expect(parseSearchText('data engin')?.prefixLast).toBe(true);
    expect(parseSearchText('data engin ')?.prefixLast).toBe(false);
    expect(parseSearchText('data go')?.prefixLast).toBe(false);
  });

  it('returns null when there is nothing to search for', () => {
    expect(parseSearchText('  -- ** ()')).toBeNull();
    expect(parseSearchText('')).toBeNull();
  });
});

describe('rendering', () => {
  const hostile = 'title:x OR NEAR(a b) "quoted * ^ ( ) - & | ! <-> :*';

  it('never lets FTS5 or tsquery syntax through', () => {
    const terms = parseSearchText(hostile);
    if (!terms) throw new Error('expected terms');
    expect(renderFts5Query(terms, { mode: 'all' })).toBe('"title x" AND "near a" AND "b" AND "quoted"');
    expect(renderTsquery(terms, { mode: 'any' })).toBe('(title <-> x) | (near <-> a) | b | quoted');
  });

  it('renders prefixes and title-only matches', () => {
    const terms = parseSearchText('software engin');
    if (!terms) throw new Error('expected terms');
    expect(renderFts5Query(terms, { mode: 'all', titleOnly: true })).toBe(
      'title : ("software" AND "engin"*)',
    );
    expect(renderTsquery(terms, { mode: 'all', titleOnly: true })).toBe('software:A & engin:*A');
  });
});
