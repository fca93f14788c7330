import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJsonLinesCommand } from '../../test/run-json-lines-command.ts';

const root = resolve(import.meta.dirname, '../../..');
const skillsFile = resolve(root, 'src/plan-parser/corpus/skills.json');

function parseCalls(lines: string[], ...options: string[]) {
  return runJsonLinesCommand(['parse-calls', '--skills', skillsFile, ...options], lines);
}

const plan =
  'calls:\n  - skill: get_job\n    args: {job_id: 5}\n  - skill: job_search\n    args:\n      query: x\n      limit: "7"\n';

describe('dossier parse-calls', () => {
  it('answers every input line in order, a bad line with an error', () => {
    const { status, out } = parseCalls([
      JSON.stringify({ id: 'a', text: plan }),
      'not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'No plan needed.' }),
      JSON.stringify({ id: 'e', text: '- skill: get_job\n  args: {job_id: 0}\n' }),
    ]);
    expect(status).toBe(0);
    expect(out.map((line) => [line.id, line.ok, Boolean(line.error)])).toEqual([
      ['a', true, false],
      [null, false, true],
      ['c', false, true],
      ['d', false, false],
      ['e', true, false],
    ]);
    expect(out[0]).toEqual({
      id: 'a',
      ok: true,
      calls: [
        { skill: 'get_job', args: { job_id: 5 } },
        { skill: 'job_search', args: { query: 'x', limit: 7 } },
      ],
      repairs: [{ kind: 'coerced-number', detail: 'job_search.limit' }],
      rejected: [],
    });
    expect(out[4].rejected).toEqual([
      { skill: 'get_job', reason: 'out-of-bounds', detail: expect.any(String) },
    ]);
  });

  it('with --stream-chunk, gives each call the characters consumed when it was emitted', () => {
    const { out } = parseCalls([JSON.stringify({ id: 1, text: plan })], '--stream-chunk', '5');
    const [first, second] = out[0].calls;
    expect(first.emittedAt).toBeLessThan(plan.indexOf('job_search') + 5);
    expect(first.emittedAt % 5).toBe(0);
    expect(second.emittedAt).toBe(plan.length);
  });

  it('refuses a bad --stream-chunk', () => {
    const run = spawnSync(
      'node',
      ['bin/dossier.js', 'parse-calls', '--skills', skillsFile, '--stream-chunk', '0'],
      { cwd: root, input: '' },
    );
    expect(run.status).toBe(2);
  });
});
