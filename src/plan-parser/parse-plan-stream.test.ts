import { describe, expect, it } from 'vitest';
import { parsePlanStream } from './parse-plan-stream.ts';
import { loadCorpusSkills } from './testing/load-corpus.ts';

const skills = loadCorpusSkills();

async function* deltas(text: string, size: number, onChunk?: (index: number) => void) {
  for (let start = 0, index = 0; start < text.length; start += size, index++) {
    onChunk?.(index);
    yield text.slice(start, start + size);
  }
}

const plan =
  'calls:\n  - skill: get_job\n    args: {job_id: 1}\n  - skill: get_post\n    args:\n      slug: a\n';

describe('parsePlanStream', () => {
  it('yields each call while the rest of the plan is still arriving', async () => {
    let chunksRead = 0;
    const seen: [string, number][] = [];
    for await (const call of parsePlanStream(
      deltas(plan, 4, (i) => (chunksRead = i + 1)),
      { skills },
    )) {
      seen.push([call.skill, chunksRead]);
    }
    expect(seen.map(([skill]) => skill)).toEqual(['get_job', 'get_post']);
    expect(seen[0]?.[1]).toBeLessThan(Math.ceil(plan.length / 4));
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const read = async () => {
      for await (const _ of parsePlanStream(deltas(plan, 4), { skills, signal: controller.signal }))
        controller.abort();
    };
    await expect(read()).rejects.toThrow(/abort/i);
  });
});
