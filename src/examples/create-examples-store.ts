import { cosineSimilarity } from '../embeddings/embed.ts';
import { renderExample } from '../prompts/render-examples.ts';
import type { AgentName } from '../skills/agent-skill-sets.ts';
import { estimateTokens } from '../skills/estimate-tokens.ts';
import type { Example, ExampleStep } from './example.ts';
import type { TextEmbedder } from './text-embedder.ts';
import { type WeightedWords, weightedWords, wordOverlap } from './weighted-words.ts';

export interface ExampleMatch {
  example: Example;
  /** Similarity of the query to the example's question: embedding cosine blended with shared rare words. */
  score: number;
  /** Tokens the example takes in the prompt, as `renderExample` writes it. */
  tokens: number;
}

export interface NearestOptions {
  /** Examples wanted at most (default 3). */
  k?: number;
  /** Tokens the chosen examples may take together; a nearer example that does not fit is skipped for a smaller one. */
  tokenBudget?: number;
  signal?: AbortSignal;
}

export interface ExamplesStore {
  /** The embedder's name: `words` or the endpoint's model. */
  embedder: string;
  size: number;
  nearest(
    agent: AgentName,
    step: ExampleStep,
    query: string,
    options?: NearestOptions,
  ): Promise<ExampleMatch[]>;
}

interface Shelf {
  examples: Example[];
  vectors: Float32Array[];
  words: WeightedWords[];
  tokens: number[];
}

/**
 * Weight of shared wording against embedding similarity. Mean-pooled word vectors blur short questions
 * ("negotiate my offer" lands near "prepare my interview"); shared rare words pull the right kind back.
 */
const WORD_OVERLAP_WEIGHT = 0.5;

/**
 * The examples embedded once, in memory, one shelf per agent and step. A shelf holds a dozen
 * examples, so a brute-force scan (about a microsecond per example) beats any index.
 */
export async function createExamplesStore(options: {
  examples: readonly Example[];
  embedder: TextEmbedder;
  signal?: AbortSignal;
}): Promise<ExamplesStore> {
  const { examples, embedder, signal } = options;
  // Questions only: a context names an entity (IKEA, a job id), which would pull examples about the
  // same entity rather than of the same kind.
  const vectors = await embedder.embed(
    examples.map((example) => example.query),
    { signal },
  );
  const shelves = new Map<string, Shelf>();
  examples.forEach((example, i) => {
    const key = `${example.agent}/${example.step}`;
    const shelf = shelves.get(key) ?? { examples: [], vectors: [], words: [], tokens: [] };
    shelf.examples.push(example);
    shelf.vectors.push(vectors[i] as Float32Array);
    shelf.words.push(weightedWords(example.query));
    shelf.tokens.push(estimateTokens(renderExample(example, example.step)));
    shelves.set(key, shelf);
  });

  return {
    embedder: embedder.name,
    size: examples.length,
    async nearest(agent, step, query, { k = 3, tokenBudget = Number.POSITIVE_INFINITY, signal } = {}) {
      const shelf = shelves.get(`${agent}/${step}`);
      if (!shelf) return [];
      const [queryVector] = await embedder.embed([query], { signal });
      const queryWords = weightedWords(query);
      const ranked = shelf.examples
        .map((example, i) => ({
          example,
          score:
            (1 - WORD_OVERLAP_WEIGHT) *
              cosineSimilarity(queryVector as Float32Array, shelf.vectors[i] as Float32Array) +
            WORD_OVERLAP_WEIGHT * wordOverlap(queryWords, shelf.words[i] as WeightedWords),
          tokens: shelf.tokens[i] as number,
        }))
        .sort((a, b) => b.score - a.score);
      const chosen: ExampleMatch[] = [];
      let spent = 0;
      for (const match of ranked) {
        if (chosen.length >= k) break;
        if (spent + match.tokens > tokenBudget) continue;
        chosen.push(match);
        spent += match.tokens;
      }
      return chosen;
    },
  };
}
