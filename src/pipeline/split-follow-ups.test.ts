import { describe, expect, it } from 'vitest';
import { createFollowUpSplitter } from './split-follow-ups.ts';

function run(deltas: string[]) {
  const splitter = createFollowUpSplitter();
  const shown = deltas.map((delta) => splitter.push(delta));
  const { text, followUps } = splitter.end();
  return { shown, text: shown.join('') + text, followUps };
}

describe('createFollowUpSplitter', () => {
  it('streams prose at once and keeps the follow-up section out of it', () => {
    const { shown, text, followUps } = run([
      'Two ',
      'jobs [job:1].\n\n',
      'Follow',
      '-ups:\n- Remote',
      ' ones?\n',
      '- In Denver?\n',
    ]);
    expect(shown.slice(0, 2)).toEqual(['Two ', 'jobs [job:1].\n\n']);
    // Newlines before the heading were already shown: streamed text is never taken back.
    expect(text).toBe('Two jobs [job:1].\n\n');
    expect(followUps).toEqual(['Remote ones?', 'In Denver?']);
  });

  it('reads decorated headings and numbered items, and a heading at the very end', () => {
    expect(run(['Hi.\n**Follow-ups:**\n1. A?\n2) B?']).followUps).toEqual(['A?', 'B?']);
    expect(run(['Hi.\n', 'Follow-ups:']).text).toBe('Hi.\n');
  });

  it('lets through prose that only starts like the heading', () => {
    expect(run(['Follow the money.\n', 'Fol', 'low up later.'])).toEqual({
      shown: ['Follow the money.\n', '', 'Follow up later.'],
      text: 'Follow the money.\nFollow up later.',
      followUps: [],
    });
  });
});
