import { describe, expect, it } from 'vitest';
import { weightedWords, wordOverlap } from './weighted-words.ts';

describe('weighted word overlap', () => {
  it('is 1 for the same wording and 0 for none shared', () => {
    const a = weightedWords('negotiate my salary offer');
    expect(wordOverlap(a, weightedWords('Negotiate my salary offer!'))).toBeCloseTo(1, 6);
    expect(wordOverlap(a, weightedWords('registered nurse openings'))).toBe(0);
  });

  it('counts a shared rare word for more than a shared common one', () => {
    const query = weightedWords('how do I negotiate the offer');
    const sharesRare = wordOverlap(query, weightedWords('negotiate pay'));
    const sharesCommon = wordOverlap(query, weightedWords('how do I'));
    expect(sharesRare).toBeGreaterThan(sharesCommon);
  });
});
