import type { RouteInput } from './route-input.ts';

/** A sparse feature vector: hashed bucket indices and their values, parallel arrays. */
export interface SparseFeatures {
  indices: number[];
  values: number[];
}

const CHAR_GRAM_SIZES = [3, 4, 5];
/** How much each group counts once L2-normalised; history is a hint, the query itself decides. */
const GROUP_WEIGHTS = { word: 1, bigram: 0.8, char: 1, context: 1, history: 0.6 };

/** Lower case, accents stripped (so "qué" and "que" meet), anything but letters and digits a space. */
export function normalizeText(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** FNV-1a, 32-bit: stable across runs and platforms, which the byte-identical model needs. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Character 3–5-grams of one word, padded with `<` and `>` so prefixes and suffixes count apart. */
export function charGrams(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (const size of CHAR_GRAM_SIZES)
    for (let start = 0; start + size <= padded.length; start++) grams.push(padded.slice(start, start + size));
  return grams;
}

/** Adjacent word pairs, the first paired with a start marker. */
export function bigrams(words: string[]): string[] {
  const bounded = ['<s>', ...words];
  return bounded.slice(1).map((word, i) => `${bounded[i]} ${word}`);
}

function lastUserTurn(input: RouteInput): string | undefined {
  return input.history?.findLast((turn) => turn.role === 'user')?.text;
}

/**
 * The router's features: word uni- and bigrams, character 3–5-grams of each word (typos, inflections,
 * other languages), the kind of item in view alone and crossed with each word, and the words of the
 * member's previous question. Each group is L2-normalised so a long query does not outweigh context.
 */
export function extractFeatures(input: RouteInput, buckets: number): SparseFeatures {
  const features = new Map<number, number>();
  const addGroup = (prefix: string, keys: string[], weight: number) => {
    if (keys.length === 0) return;
    const scale = weight / Math.sqrt(keys.length);
    for (const key of keys) {
      const index = hashString(`${prefix}${key}`) % buckets;
      features.set(index, (features.get(index) ?? 0) + scale);
    }
  };
  const words = normalizeText(input.query);
  addGroup('', ['<bias>'], 1);
  addGroup('w:', words, GROUP_WEIGHTS.word);
  addGroup('b:', bigrams(words), GROUP_WEIGHTS.bigram);
  addGroup('c:', words.flatMap(charGrams), GROUP_WEIGHTS.char);
  const kind = input.context?.kind ?? 'none';
  addGroup('k:', [kind, ...words.map((word) => `${kind}|${word}`)], GROUP_WEIGHTS.context);
  const previous = lastUserTurn(input);
  if (previous !== undefined) {
    const previousWords = normalizeText(previous);
    addGroup('h:', ['<turn>', ...previousWords, ...bigrams(previousWords)], GROUP_WEIGHTS.history);
  }
  return { indices: [...features.keys()], values: [...features.values()] };
}
