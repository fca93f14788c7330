import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createPlanStreamParser } from './create-plan-stream-parser.ts';
import { parsePlan } from './parse-plan.ts';
import { loadCorpus, loadCorpusSkills } from './testing/load-corpus.ts';
import { planArbitrary } from './testing/plan-arbitrary.ts';
import { zodFromJsonSchema } from './testing/zod-from-json-schema.ts';
import type { PlanCall } from './types.ts';

const skills = loadCorpusSkills();
const corpusTexts = loadCorpus().map((c) => c.text);
const bare = (calls: PlanCall[]) => calls.map(({ skill, args }) => ({ skill, args }));

/** Feeds `text` cut at `cuts` (sorted offsets); returns what was emitted and the final result. */
function parseInChunks(text: string, cuts: number[]) {
  const parser = createPlanStreamParser({ skills });
  const emitted: PlanCall[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    emitted.push(...parser.push(text.slice(start, cut)));
    for (const call of emitted) expect(call.emittedAt).toBeLessThanOrEqual(cut);
    start = cut;
  }
  emitted.push(...parser.end());
  return { emitted, result: parser.result() };
}

const cutsOf = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 40 })
    .map((cuts) => cuts.sort((a, b) => a - b));

describe('valid plans in any style', () => {
  it('parse back to exactly the calls they hold, with no repairs of their text', () => {
    fc.assert(
      fc.property(planArbitrary(skills), ({ text, calls, style }) => {
        const result = parsePlan(text, { skills });
        expect(bare(result.calls)).toEqual(calls);
        if (!style.startsWith('fenced')) expect(result.repairs).toEqual([]);
        expect(result.rejected).toEqual([]);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('mean what `yaml` parses them to, validated against the schema', () => {
    const validators = new Map(skills.map((skill) => [skill.name, zodFromJsonSchema(skill.args)]));
    fc.assert(
      fc.property(
        planArbitrary(skills).filter(({ style }) => !style.startsWith('fenced')),
        ({ text }) => {
          const baseline = (parse(text) as { calls: { skill: string; args: unknown }[] }).calls.map(
            ({ skill, args }) => ({
              skill,
              args: validators.get(skill)?.parse(args),
            }),
          );
          expect(bare(parsePlan(text, { skills }).calls)).toEqual(baseline);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('streaming', () => {
  it('any chunking of a valid plan gives the same calls, repairs and rejections as the whole text', () => {
    fc.assert(
      fc.property(
        planArbitrary(skills).chain((plan) => fc.tuple(fc.constant(plan.text), cutsOf(plan.text.length))),
        ([text, cuts]) => {
          const whole = parsePlan(text, { skills });
          const { emitted, result } = parseInChunks(text, cuts);
          expect(bare(emitted)).toEqual(bare(whole.calls));
          expect(result.repairs).toEqual(whole.repairs);
          expect(result.rejected).toEqual(whole.rejected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any chunking of any corpus text gives the same result as the whole text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...corpusTexts).chain((text) => fc.tuple(fc.constant(text), cutsOf(text.length))),
        ([text, cuts]) => {
          const whole = parsePlan(text, { skills });
          const { emitted, result } = parseInChunks(text, cuts);
          expect(bare(emitted)).toEqual(bare(whole.calls));
          expect(result.rejected).toEqual(whole.rejected);
          expect(result.ok).toBe(whole.ok);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fed one character at a time, emits every call but the last before the text ends', () => {
    fc.assert(
      fc.property(
        planArbitrary(skills).filter(({ calls, style }) => calls.length > 1 && style === 'yaml-block'),
        ({ text, calls }) => {
          const { emitted } = parseInChunks(
            text,
            Array.from({ length: text.length - 1 }, (_, i) => i + 1),
          );
          expect(emitted).toHaveLength(calls.length);
          for (const call of emitted.slice(0, -1)) expect(call.emittedAt).toBeLessThan(text.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
