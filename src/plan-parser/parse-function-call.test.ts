import { describe, expect, it } from 'vitest';
import { NumberLiteral } from './number-literal.ts';
import { parseFunctionCall } from './parse-function-call.ts';

describe('parseFunctionCall', () => {
  it('reads keyword arguments', () => {
    expect(parseFunctionCall('job_search(query="x", limit=5, remote=True)', [])).toEqual({
      skill: 'job_search',
      args: { query: 'x', limit: new NumberLiteral(5, '5'), remote: true },
    });
  });

  it('reads a prefixed name, no arguments, and positional arguments as a list', () => {
    expect(parseFunctionCall('functions.get_job()', [])).toEqual({ skill: 'get_job', args: {} });
    expect(parseFunctionCall('get_post("a-slug")', [])).toEqual({ skill: 'get_post', args: ['a-slug'] });
  });

  it('throws on a call cut before its closing parenthesis', () => {
    expect(() => parseFunctionCall('get_job(job_id=', [])).toThrow(/truncated/);
  });
});
