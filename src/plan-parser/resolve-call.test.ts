import { describe, expect, it } from 'vitest';
import { resolveCall } from './resolve-call.ts';
import { loadCorpusSkills } from './testing/load-corpus.ts';
import type { Repair } from './types.ts';

const skills = new Map(loadCorpusSkills().map((skill) => [skill.name, skill]));
function resolve(text: string, format: 'yaml' | 'json' = 'yaml') {
  const repairs: Repair[] = [];
  return { ...resolveCall(text, format, skills, repairs), kinds: repairs.map((r) => r.kind) };
}

describe('resolveCall', () => {
  it('takes valid YAML as written', () => {
    expect(resolve('skill: get_job\nargs:\n  job_id: 7')).toEqual({
      skill: 'get_job',
      args: { job_id: 7 },
      kinds: [],
    });
  });

  it.each([
    ['tool: get_job\nparameters: {job_id: 7}', ['key-alias', 'key-alias']],
    ['skill: get_job\njob_id: 7', ['flattened-args']],
    ['get_job:\n  job_id: 7', ['markdown-list']],
    [
      '{"function": {"name": "get_job", "arguments": "{\\"job_id\\": 7}"}}',
      ['key-alias', 'key-alias', 'double-encoded'],
    ],
    ['skill: Get-Job\nargs: {job_id: 7}', ['skill-name']],
    ['get_job(job_id=7)', ['function-call']],
    ['skill: get_job\nargs:\n  job_id:7', ['colon-space']],
  ])('%s', (text, kinds) => {
    expect(resolve(text)).toEqual({ skill: 'get_job', args: { job_id: 7 }, kinds });
  });

  it.each([
    ['skill: job_serach\nargs: {query: x}', 'job_serach', 'unknown-skill'],
    ['skill: get_job\ntool: get_post\nargs: {job_id: 7}', null, 'ambiguous'],
    ['args: {job_id: 7}', null, 'malformed'],
    ['skill: get_job\nargs:\n  job_id: 1\n  job_id: 2', 'get_job', 'ambiguous'],
    ['skill: get_job\nargs: {job_id: 0}', 'get_job', 'out-of-bounds'],
    ['skill: get_post\nargs: {}', 'get_post', 'missing-required'],
  ])('rejects %s', (text, skill, reason) => {
    expect(resolve(text)).toMatchObject({ rejection: { skill, reason } });
  });
});
