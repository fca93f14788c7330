import { describe, expect, it } from 'vitest';
import { createJsonSplitter, type JsonPiece } from './create-json-splitter.ts';

function split(text: string, chunk = text.length) {
  const pieces: JsonPiece[] = [];
  const splitter = createJsonSplitter((piece) => pieces.push(piece));
  let stop = -1;
  for (let start = 0; start < text.length && stop < 0; start += chunk) {
    const at = splitter.feed(text.slice(start, start + chunk), 0, start);
    if (at >= 0) stop = start + at;
  }
  return { pieces: pieces.map(({ kind, text }) => [kind, text]), stop, open: splitter.openPiece() };
}

describe('createJsonSplitter', () => {
  const plan = '{"thought": "x}", "calls": [{"skill": "a", "args": {"q": "}"}}, {"skill": "b"}]} tail';

  it('hands over each call of the calls array, strings and all, and stops after the value', () => {
    const expected = [
      ['call', '{"skill": "a", "args": {"q": "}"}}'],
      ['call', '{"skill": "b"}'],
    ];
    expect(split(plan)).toEqual({ pieces: expected, stop: plan.indexOf(' tail'), open: null });
    expect(split(plan, 1).pieces).toEqual(expected);
  });

  it('treats a top-level object without a call list as one call, and a top-level string as an encoded plan', () => {
    expect(split('{skill: a, /* note */ args: {}}').pieces).toEqual([
      ['single-call', '{skill: a, /* note */ args: {}}'],
    ]);
    expect(split('"calls: []"').pieces).toEqual([['encoded-plan', '"calls: []"']]);
  });

  it('reports the call left open when the text stops', () => {
    expect(split('[{"skill": "a"}, {"skill": "b", "ar').open).toBe('{"skill": "b", "ar');
  });
});
