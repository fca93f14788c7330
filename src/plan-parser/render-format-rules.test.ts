import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import { countRepairs, renderFormatRules } from './render-format-rules.ts';
import { loadCorpusSkills } from './testing/load-corpus.ts';

const skills = loadCorpusSkills();

describe('renderFormatRules', () => {
  it('puts the most frequent mistakes first', () => {
    const rules = renderFormatRules(
      new Map([
        ['tabs', 1],
        ['colon-space', 9],
        ['json-commas', 4],
      ]),
    );
    const lines = rules.split('\n');
    expect(lines[0]).toBe('## Format rules');
    expect(lines.filter((line) => /^\d\./.test(line))).toEqual([
      '1. Put a space after every colon: `limit: 5`, not `limit:5`.',
      '2. Write YAML, not JSON; if you must write JSON, write strict JSON.',
      '3. Indent with two spaces, never tabs; `args:` lines up under `skill:`.',
    ]);
  });

  it('gives the general rules, at most `limit`, before any counts exist', () => {
    const numbered = renderFormatRules(new Map(), 3)
      .split('\n')
      .filter((line) => /^\d\./.test(line));
    expect(numbered).toHaveLength(3);
    expect(numbered[0]).toMatch(/^1\. Write only the YAML/);
  });

  it('counts repairs from parse results', () => {
    const results = [
      '```yaml\ncalls:\n  - skill:get_job\n    args: {job_id: 1}\n```',
      '- skill: get_post\n  args:\n    slug: x\n',
    ].map((text) => parsePlan(text, { skills }));
    const counts = countRepairs(results);
    expect(counts.get('colon-space')).toBe(1);
    expect(counts.get('top-level-list')).toBe(1);
    expect(renderFormatRules(counts)).toContain('Put a space after every colon');
  });
});
