import { embedWords } from '../embeddings/embed.ts';

/** A text as a bag of words, each weighted by rarity (the embeddings' frequency weight), at unit length. */
export type WeightedWords = Map<string, number>;

export function weightedWords(text: string): WeightedWords {
  const bag: WeightedWords = new Map();
  for (const { word, weight } of embedWords(text)) bag.set(word, (bag.get(word) ?? 0) + weight);
  const norm = Math.hypot(...bag.values());
  if (norm > 0) for (const [word, weight] of bag) bag.set(word, weight / norm);
  return bag;
}

/** Cosine of two bags: how much rare wording they share (0 when nothing). */
export function wordOverlap(a: WeightedWords, b: WeightedWords): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  return dot;
}
