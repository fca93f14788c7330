import { describe, expect, it } from 'vitest';
import { normalizeIndentation, repairYamlLines } from './repair-yaml-lines.ts';
import type { Repair } from './types.ts';

const argNames = new Set(['query', 'limit']);
function repair(text: string) {
  const repairs: Repair[] = [];
  return { text: repairYamlLines(text, argNames, repairs), kinds: repairs.map((r) => r.kind) };
}

describe('repairYamlLines', () => {
  it.each([
    ['limit:5', 'limit: 5', ['colon-space']],
    ['slug:https://x.io/a', 'slug: https://x.io/a', ['colon-space']],
    ['title: Engineer: Platform', 'title: "Engineer: Platform"', ['unquoted-colon']],
    ['query: "data engineer', 'query: "data engineer"', ['unterminated-quote']],
    ["name: 'Dunkin\\' Brands'", 'name: "Dunkin\' Brands"', ['unterminated-quote']],
    ['**skill:** `get_post`', 'skill: get_post', ['markdown-emphasis']],
    ['focus: [technical] // certs', 'focus: [technical]', ['comment-stripped']],
    ['args: {query:x, limit:2}', 'args: {query: x, limit: 2}', ['colon-space']],
    ['skills: ["Python", "R]', 'skills: ["Python", "R"]', ['unterminated-quote']],
    ['query: data engineer', 'query: data engineer', []],
  ])('%s', (line, expected, kinds) => {
    expect(repair(line)).toEqual({ text: expected, kinds });
  });

  it('refuses a line that runs two keys together', () => {
    expect(() => repair('query: data engineer limit: 5')).toThrow(/two keys/);
  });
});

describe('normalizeIndentation', () => {
  it('snaps a misaligned list item to its siblings', () => {
    expect(normalizeIndentation('skills:\n    - a\n   - b\nlimit: 5')).toBe(
      'skills:\n  - a\n  - b\nlimit: 5',
    );
  });

  it('keeps a line that does not open a level at its level', () => {
    expect(normalizeIndentation('args:\n    query: x\n      limit: 5')).toBe('args:\n  query: x\n  limit: 5');
  });
});
