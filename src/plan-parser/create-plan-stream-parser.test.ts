import { describe, expect, it } from 'vitest';
import { createPlanStreamParser } from './create-plan-stream-parser.ts';
import { loadCorpusSkills } from './testing/load-corpus.ts';

const skills = loadCorpusSkills();

function emissions(text: string) {
  const parser = createPlanStreamParser({ skills });
  const out: { skill: string; at: number; lag: number }[] = [];
  for (const character of text) {
    for (const call of parser.push(character))
      out.push({ skill: call.skill, at: call.emittedAt, lag: call.emittedAt - call.textEnd });
  }
  for (const call of parser.end())
    out.push({ skill: call.skill, at: call.emittedAt, lag: call.emittedAt - call.textEnd });
  return out;
}

describe('createPlanStreamParser', () => {
  it('emits a YAML call as soon as the next item starts, not before its last line ends', () => {
    const text =
      'calls:\n  - skill: get_job\n    args:\n      job_id: 12\n  - skill: get_post\n    args:\n      slug: a\n';
    const [first, second] = emissions(text);
    // `job_id: 12` might still grow until the next line proves it done: a line starting at the list's column
    expect(first).toEqual({ skill: 'get_job', at: text.indexOf('  - skill: get_post') + 3, lag: 4 });
    expect(second?.at).toBe(text.length);
  });

  it('emits a JSON call at its closing brace', () => {
    const text =
      '{"calls": [{"skill": "get_job", "args": {"job_id": 12}}, {"skill": "get_post", "args": {"slug": "a"}}]}';
    expect(emissions(text).map(({ at, lag }) => [at, lag])).toEqual([
      [text.indexOf('}}') + 2, 0],
      [text.lastIndexOf('}}') + 2, 0],
    ]);
  });

  it('does not return a call whose last line has no newline after it', () => {
    const parser = createPlanStreamParser({ skills });
    parser.push('- skill: get_job\n  args:\n    job_id: 1\n- skill: get_job\n  args:\n    job_id: 2');
    expect(parser.end()).toEqual([]);
    expect(parser.result().calls.map((call) => call.args)).toEqual([{ job_id: 1 }]);
    expect(parser.result().repairs).toContainEqual({ kind: 'truncated' });
  });

  it('reads a plan double-encoded in a JSON string', () => {
    const parser = createPlanStreamParser({ skills });
    parser.push(JSON.stringify(JSON.stringify({ calls: [{ skill: 'get_job', args: { job_id: 3 } }] })));
    parser.end();
    expect(parser.result().calls.map(({ skill, args }) => ({ skill, args }))).toEqual([
      { skill: 'get_job', args: { job_id: 3 } },
    ]);
  });

  it('says there is no plan in prose or an unclosed reasoning block', () => {
    for (const text of ['I cannot help with that.', '<think>\n- skill: get_job\n  args: {job_id: 1}\n']) {
      const parser = createPlanStreamParser({ skills });
      parser.push(text);
      parser.end();
      expect(parser.result()).toMatchObject({ ok: false, calls: [] });
    }
  });
});
