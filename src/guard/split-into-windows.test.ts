import { describe, expect, it } from 'vitest';
import { splitIntoWindows } from './split-into-windows.ts';

describe('splitIntoWindows', () => {
  it('keeps a short text whole', () => {
    expect(splitIntoWindows('Am I a good fit for this job?')).toEqual(['Am I a good fit for this job?']);
  });

  it('adds overlapping 48-word windows of a long text, cut from the original (line breaks kept)', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const text = `${words.slice(0, 50).join(' ')}\n${words.slice(50).join(' ')}`;
    const windows = splitIntoWindows(text);
    expect(windows[0]).toBe(text);
    expect(windows.slice(1).map((window) => window.split(/\s+/).length)).toEqual([48, 48, 48, 28]);
    expect(windows[1]?.startsWith('w0 ')).toBe(true);
    expect(windows[2]?.startsWith('w24 ')).toBe(true);
    expect(windows[2]).toContain('w49\nw50');
    expect(windows.at(-1)?.endsWith('w99')).toBe(true);
  });
});
