import { describe, expect, it } from 'vitest';
import { NumberLiteral } from './number-literal.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import type { Repair } from './types.ts';

function parse(text: string) {
  const repairs: Repair[] = [];
  return { value: parseLooseJson(text, repairs), kinds: repairs.map((r) => r.kind) };
}

describe('parseLooseJson', () => {
  it('reads strict JSON without repairs, numbers with their source', () => {
    expect(parse('{"a": [1.50, true, null, "x\\ny"]}')).toEqual({
      value: { a: [new NumberLiteral(1.5, '1.50'), true, null, 'x\ny'] },
      kinds: [],
    });
  });

  it.each([
    ['{"a": 1,}', { a: new NumberLiteral(1, '1') }, ['json-commas']],
    ['{"a": 1 "b": 2}', { a: new NumberLiteral(1, '1'), b: new NumberLiteral(2, '2') }, ['json-commas']],
    ["{'a': 'x'}", { a: 'x' }, ['json-quotes']],
    ['{a: x}', { a: 'x' }, ['json-unquoted-keys', 'json-quotes']],
    ['{"a": True, "b": None} // done', { a: true, b: null }, ['python-literals']],
    ['{"a": /* c */ "x"}', { a: 'x' }, ['json-comments']],
    ['{a=“x”}', { a: 'x' }, ['json-unquoted-keys', 'smart-quotes']],
    ['{"q": "data, "l": "b"}', { q: 'data', l: 'b' }, ['unterminated-quote', 'json-commas']],
  ])('%s', (text, value, kinds) => {
    expect(parse(text)).toEqual({ value, kinds });
  });

  it('throws on truncated text and on a key given twice with different values', () => {
    expect(() => parse('{"a": [1, 2')).toThrow(/truncated/);
    expect(() => parse('{"a": 1, "a": 2}')).toThrow(/twice/);
    expect(parse('{"a": 1, "a": 1}').value).toEqual({ a: new NumberLiteral(1, '1') });
  });
});
