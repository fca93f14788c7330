import { describe, expect, it } from 'vitest';
import { cosineSimilarity, embed, embeddingDimensions, tokenizeForEmbedding } from './embed.ts';

describe('embed', () => {
  it('gives unit vectors of the model dimension', () => {
    const vector = embed('Senior software engineer, remote');
    expect(vector).toHaveLength(embeddingDimensions());
    expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
  });

  it('puts related texts closer than unrelated ones', () => {
    const jobs = embed('software developer job openings');
    expect(cosineSimilarity(jobs, embed('programmer vacancies'))).toBeGreaterThan(
      cosineSimilarity(jobs, embed('banana bread recipe')),
    );
    expect(cosineSimilarity(embed('salary'), embed('pay'))).toBeGreaterThan(0.4);
  });

  it('is all zeros for text without known words, and deterministic', () => {
    expect(Math.hypot(...embed('qzxqzx vvvkkk'))).toBe(0);
    expect(embed('nurse in Ohio')).toEqual(embed('nurse in Ohio'));
  });

  it('keeps known compound tokens and splits unknown ones', () => {
    const known = (word: string) => ['c++', 'node', 'js', 'e-mail', 'data'].includes(word);
    expect(tokenizeForEmbedding('C++ and Node.js e-mail DATA', known)).toEqual([
      'c++',
      'node',
      'js',
      'e-mail',
      'data',
    ]);
  });
});
