import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from './parse-yaml-call.ts';
import { readSimpleYaml } from './read-simple-yaml.ts';

describe('readSimpleYaml', () => {
  it('reads a plain call as `yaml` does', () => {
    const text =
      'skill: job_search\nargs:\n  query: data engineer\n  location: Austin, TX\n  limit: 05\n  remote: no\n  skills:\n    - SQL\n    - "C#"\n  tags: [a, 1.5e3, null]\n';
    expect(readSimpleYaml(text)).toEqual(parseYaml(text));
  });

  it.each([
    'a: b # c',
    'a: "x\\"y"',
    'a: {b: 1}',
    'a: b\n  c',
    'a: 1\na: 2',
    'a: |\n  x',
    'a: b: c',
    '- a',
    'a:\n- b',
    'a: .inf',
  ])('leaves %j to `yaml`', (text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('agrees with `yaml` on every text it reads', () => {
    const token = fc.constantFrom(
      'a',
      'b_c',
      'x',
      ':',
      ': ',
      ' ',
      '-',
      '- ',
      '\n',
      '  ',
      '#',
      ' #',
      '"',
      "'",
      '[',
      ']',
      ',',
      '{',
      '}',
      '1',
      '0x1F',
      '0o7',
      '.5',
      'true',
      'No',
      '~',
      'null',
      '1e3',
      '+2',
      'é',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        const fast = readSimpleYaml(text);
        if (fast === undefined) return;
        let slow: unknown;
        try {
          slow = parseYaml(text);
        } catch {
          throw new Error(`read ${JSON.stringify(text)} that yaml rejects`);
        }
        expect(fast).toEqual(slow);
      }),
      { numRuns: 20_000 },
    );
  });
});
