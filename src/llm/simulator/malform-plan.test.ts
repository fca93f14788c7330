import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isPlanText, malformPlan, PLAN_MISTAKES } from './malform-plan.ts';
import { createSeededRandom } from './seeded-random.ts';

const PLAN = [
  'thought: find data jobs in Austin',
  'calls:',
  '  - skill: job_search',
  '    args:',
  '      query: data engineer',
  '      remote: true',
  '      limit: 5',
].join('\n');

describe('malformPlan', () => {
  it.each(PLAN_MISTAKES)('applies %s and changes the text', (mistake) => {
    const result = malformPlan(PLAN, createSeededRandom(1), mistake);
    expect(result?.mistake).toBe(mistake);
    expect(result?.text).not.toBe(PLAN);
  });

  it('produces what a plain YAML parse gets wrong, except the mistakes that are only wrong for JSON', () => {
    const readRight = PLAN_MISTAKES.filter((mistake) => {
      const text = malformPlan(PLAN, createSeededRandom(3), mistake)?.text ?? '';
      try {
        return JSON.stringify(parse(text)) === JSON.stringify(parse(PLAN));
      } catch {
        return false;
      }
    });
    // YAML flow syntax accepts these (and `#` comments), so they break JSON parsers, not YAML ones.
    expect(readRight.sort()).toEqual(
      [
        'json_single_quotes',
        'json_trailing_commas',
        'json_unquoted_keys',
        'python_literals',
        'trailing_comments',
      ].sort(),
    );
  });

  it('keeps the arguments recoverable: values survive in the malformed text', () => {
    for (const mistake of PLAN_MISTAKES.filter((m) => m !== 'truncated')) {
      const text = malformPlan(PLAN, createSeededRandom(5), mistake)?.text ?? '';
      expect(text, mistake).toContain('job_search');
      expect(text, mistake).toMatch(/data engineer/);
    }
  });

  it('is deterministic for a seed and varies across seeds', () => {
    expect(malformPlan(PLAN, createSeededRandom(9))).toEqual(malformPlan(PLAN, createSeededRandom(9)));
    const kinds = new Set(
      Array.from({ length: 60 }, (_, seed) => malformPlan(PLAN, createSeededRandom(seed))?.mistake),
    );
    expect(kinds.size).toBeGreaterThan(12);
  });

  it('leaves non-plans alone and skips mistakes that cannot apply', () => {
    expect(isPlanText('Hello there')).toBe(false);
    expect(malformPlan('Hello there', createSeededRandom(1))).toBeUndefined();
    const twoCalls = `${PLAN}\n  - skill: people_search\n    args:\n      query: recruiter`;
    expect(malformPlan(twoCalls, createSeededRandom(1), 'single_call_without_list')).toBeUndefined();
  });
});
