import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJsonLinesCommand } from '../../test/run-json-lines-command.ts';

const root = resolve(import.meta.dirname, '../../..');

function route(lines: string[], ...options: string[]) {
  return runJsonLinesCommand(['route', ...options], lines);
}

describe('dossier route', () => {
  it('answers every line in order with {id, agent, confidence}; a bad line gets an error and the rest go on', () => {
    const { status, out, stderr } = route([
      JSON.stringify({ id: 'a', query: 'find nurse jobs in Boston' }),
      'not json',
      JSON.stringify({ id: 'c', context: { kind: 'job', id: 1 } }),
      JSON.stringify({
        id: 'd',
        query: 'am I a good fit?',
        context: { kind: 'job', id: 921716, title: 'Marketing' },
      }),
      JSON.stringify({ id: 'e', query: 'x', context: { kind: 'planet', id: 1 } }),
      JSON.stringify({
        id: 7,
        query: 'what about Denver?',
        history: [{ role: 'user', text: 'data engineer jobs in Seattle' }],
      }),
      JSON.stringify({ id: 'g', query: "what's the weather tomorrow" }),
    ]);
    expect(status).toBe(0);
    expect(out.map((line) => [line.id, line.agent ?? 'error'])).toEqual([
      ['a', 'jobs'],
      [undefined, 'error'],
      ['c', 'error'],
      ['d', 'job_fit'],
      ['e', 'error'],
      [7, 'jobs'],
      ['g', 'out_of_scope'],
    ]);
    expect(Object.keys(out[0]).sort()).toEqual(['agent', 'confidence', 'id']);
    expect(out[0].confidence).toBeGreaterThan(0.5);
    expect(out[2].error).toMatch(/query/);
    expect(stderr).toMatch(/model only/);
  });

  it('routes model-only with --no-llm even when an endpoint is configured', () => {
    const run = spawnSync('node', ['bin/dossier.js', 'route', '--no-llm'], {
      cwd: root,
      input: `${JSON.stringify({ id: 1, query: 'how do I negotiate my salary' })}\n`,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_LLM_SMALL_URL: 'http://127.0.0.1:9/v1', DOSSIER_LLM_SMALL_MODEL: 'x' },
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 1, agent: 'career_coach' });
  });
});
