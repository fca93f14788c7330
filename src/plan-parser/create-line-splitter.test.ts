import { describe, expect, it } from 'vitest';
import { createLineSplitter, type LinePiece } from './create-line-splitter.ts';
import type { RepairKind } from './types.ts';

function split(text: string) {
  const pieces: LinePiece[] = [];
  const repairs: RepairKind[] = [];
  const splitter = createLineSplitter(new Set(['get_job', 'get_post']), {
    piece: (piece) => pieces.push(piece),
    repair: (kind) => repairs.push(kind),
    planDeclared: () => {},
  });
  let offset = 0;
  for (const line of text.replace(/\n$/, '').split('\n')) {
    splitter.line(line, offset);
    offset += line.length + 1;
  }
  splitter.end();
  return { texts: pieces.map((piece) => piece.text), repairs };
}

describe('createLineSplitter', () => {
  it('cuts list items into call texts relative to their content column', () => {
    expect(
      split(
        'calls:\n  - skill: get_job\n    args:\n      job_id: 1\n  - skill: get_post\n    args: {slug: a}\n',
      ).texts,
    ).toEqual(['skill: get_job\nargs:\n  job_id: 1', 'skill: get_post\nargs: {slug: a}']);
  });

  it('skips fences, reasoning blocks and prose, noting each', () => {
    const text =
      'Plan:\n<think>\n- skill: get_post\n</think>\n```yaml\n- skill: get_job\n  args: {job_id: 1}\n```\nDone.';
    const { texts, repairs } = split(text);
    expect(texts).toEqual(['skill: get_job\nargs: {job_id: 1}']);
    expect(repairs).toEqual(['reasoning-block', 'fence', 'prose-after']);
  });

  it('ignores plan-like text inside [THINK] blocks across lines', () => {
    expect(split('[THINK]draft:\n- skill: get_post\n[/THINK]\n- skill: get_job\n').texts).toEqual([
      'skill: get_job',
    ]);
  });

  it('takes misaligned items and keys as the model meant them', () => {
    expect(
      split('- skill: get_job\nargs:\n  job_id: 1\n - skill: get_post\n   args: {slug: a}\n').texts,
    ).toEqual(['skill: get_job\nargs:\njob_id: 1', 'skill: get_post\nargs: {slug: a}']);
  });

  it('cuts calls written without a list, and function calls in prose', () => {
    expect(split('skill: get_job\nargs: {job_id: 1}\nskill: get_post\nargs: {slug: a}\n').texts).toHaveLength(
      2,
    );
    expect(split('Call `get_job(job_id=1)` then get_post(slug="a").').texts).toEqual([
      'get_job(job_id=1)',
      'get_post(slug="a")',
    ]);
  });
});
