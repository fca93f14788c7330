import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import { caseProblems } from './testing/check-case.ts';
import { loadCorpus, loadCorpusSkills } from './testing/load-corpus.ts';

const skills = loadCorpusSkills();
const cases = loadCorpus();
const passed = new Map<string, { pass: number; total: number }>();

describe('the mistake corpus', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, corpusCase) => {
    const result = parsePlan(corpusCase.text, { skills });
    const problems = caseProblems(corpusCase, result);
    // clean plans are taken as written: nothing to repair
    if (corpusCase.kind === 'valid' && result.repairs.length > 0) {
      problems.push(`repairs on a valid plan: ${JSON.stringify(result.repairs)}`);
    }
    const tally = passed.get(corpusCase.kind) ?? { pass: 0, total: 0 };
    tally.total++;
    if (problems.length === 0) tally.pass++;
    passed.set(corpusCase.kind, tally);
    expect(problems, corpusCase.note ?? '').toEqual([]);
  });

  afterAll(() => {
    const rows = [...passed].sort(([a], [b]) => a.localeCompare(b));
    const lines = rows.map(
      ([kind, { pass, total }]) =>
        `  ${kind.padEnd(20)} ${pass}/${total} ${((100 * pass) / total).toFixed(1)}%`,
    );
    const pass = rows.reduce((sum, [, t]) => sum + t.pass, 0);
    const total = rows.reduce((sum, [, t]) => sum + t.total, 0);
    console.log(`corpus pass rates by kind:\n${lines.join('\n')}\n  ${'all'.padEnd(20)} ${pass}/${total}`);
  });
});
