import { loadWordVectorTable, type WordVectorTable } from './word-vector-cache.ts';

// Text embeddings from the bundled word vectors: the weighted mean of the words' unit vectors,
// normalised. Frequent words weigh less (a smooth-inverse-frequency weight, with the package's
// frequency order standing in for word probabilities), so "the" or "for" barely move the result.

/** Rank at which a word's weight reaches one half; words much rarer than this weigh about 1. */
const HALF_WEIGHT_RANK = 200;

interface WordIndex {
  table: WordVectorTable;
  indexOf: Map<string, number>;
}

let loaded: WordIndex | undefined;

/** The word vectors, loaded on first use and shared by every caller in the process. */
function wordIndex(): WordIndex {
  if (!loaded) {
    const table = loadWordVectorTable();
    loaded = { table, indexOf: new Map(table.words.map((word, index) => [word, index])) };
  }
  return loaded;
}

export function embeddingDimensions(): number {
  return wordIndex().table.dimensions;
}

/** Lower-case word tokens: keeps "c++", "c#", "node.js" and "e-mail" whole; splits what the vectors lack. */
export function tokenizeForEmbedding(text: string, known: (word: string) => boolean): string[] {
  const tokens: string[] = [];
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+(?:[+#]+|(?:['.-][\p{L}\p{N}]+)*)/gu) ?? []) {
    if (known(token)) tokens.push(token);
    else tokens.push(...token.split(/['.-]/).filter(known));
  }
  return tokens;
}

export interface WordEmbedding {
  word: string;
  /** Unit vector (a view into the shared table: do not modify). */
  vector: Float32Array;
  /** 0..1, low for frequent words. */
  weight: number;
}

/** The text's words that have vectors, each with its unit vector and frequency weight. */
export function embedWords(text: string): WordEmbedding[] {
  const { table, indexOf } = wordIndex();
  const { dimensions, vectors } = table;
  return tokenizeForEmbedding(text, (word) => indexOf.has(word)).map((word) => {
    const index = indexOf.get(word) as number;
    return {
      word,
      vector: vectors.subarray(index * dimensions, (index + 1) * dimensions),
      weight: index / (index + HALF_WEIGHT_RANK),
    };
  });
}

/** A unit vector for the text; all zeros when no word of it has a vector. */
export function embed(text: string): Float32Array {
  const sum = new Float32Array(embeddingDimensions());
  const dimensions = sum.length;
  for (const { vector, weight } of embedWords(text)) {
    for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) + weight * (vector[d] as number);
  }
  const norm = Math.hypot(...sum);
  if (norm > 0) for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) / norm;
  return sum;
}

/** Cosine similarity of two unit vectors (their dot product); 0 when either is all zeros. */
export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d += 1) dot += (a[d] as number) * (b[d] as number);
  return dot;
}
