import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlanStreamParser } from './create-plan-stream-parser.ts';
import { parsePlan } from './parse-plan.ts';
import { loadCorpus, loadCorpusSkills } from './testing/load-corpus.ts';
import { zodFromJsonSchema } from './testing/zod-from-json-schema.ts';
import type { PlanParseResult } from './types.ts';

const skills = loadCorpusSkills();
const validators = new Map(skills.map((skill) => [skill.name, zodFromJsonSchema(skill.args)]));
const corpusTexts = loadCorpus().map((c) => c.text);
/** Generous for one parse of a few kilobytes; a hang or a quadratic blow-up overshoots it by far. */
const TIME_LIMIT_MS = 250;

/** Parses without throwing, within the time limit, and returns only calls that pass their schema. */
function checkedParse(text: string): PlanParseResult {
  const started = performance.now();
  const result = parsePlan(text, { skills });
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  for (const call of result.calls) {
    const validator = validators.get(call.skill);
    expect(validator, `returned a call of unknown skill ${call.skill}`).toBeDefined();
    expect(validator?.safeParse(call.args).success, `${call.skill} ${JSON.stringify(call.args)}`).toBe(true);
  }
  return result;
}

type Edit =
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

/** An edit an LLM or a transport might make: delete, duplicate or insert a span, cut the tail. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        ':',
        ' ',
        '\n',
        '\t',
        '-',
        '"',
        "'",
        '{',
        '}',
        '[',
        ']',
        '#',
        '```',
        '<think>',
        '  ',
        '“',
        '//',
        ',',
        '\u2028',
      ),
      fc.string({ maxLength: 6 }),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const change of edits) {
    const at = change.at % (out.length + 1);
    if (change.kind === 'delete') out = out.slice(0, at) + out.slice(at + change.length);
    else if (change.kind === 'duplicate') out = out.slice(0, at + change.length) + out.slice(at);
    else if (change.kind === 'insert') out = out.slice(0, at) + change.text + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

describe('fuzzing', () => {
  it('random text never throws, never hangs, never returns a call that fails its schema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
        ),
        (text) => {
          checkedParse(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('random edits of corpus cases never throw, never hang, never return a call that fails its schema', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...corpusTexts),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (text, edits) => {
          checkedParse(applyEdits(text, edits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('streams edited corpus cases one character at a time without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpusTexts), fc.array(edit, { maxLength: 4 }), (text, edits) => {
        const parser = createPlanStreamParser({ skills });
        for (const character of applyEdits(text, edits)) parser.push(character);
        parser.end();
      }),
      { numRuns: 300 },
    );
  });

  it('a long adversarial line (unclosed bracket, quote, reasoning tag) stays linear', () => {
    for (const opener of ['[', '{', '"', '<think>', '- skill: job_search(', 'calls: [']) {
      const text = opener + 'x, '.repeat(20_000);
      const started = performance.now();
      parsePlan(text, { skills });
      const parser = createPlanStreamParser({ skills });
      for (let i = 0; i < text.length; i += 7) parser.push(text.slice(i, i + 7));
      parser.end();
      expect(performance.now() - started, opener).toBeLessThan(2_000);
    }
  });
});
