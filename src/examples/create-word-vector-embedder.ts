import { embed } from '../embeddings/embed.ts';
import type { TextEmbedder } from './text-embedder.ts';

/** The bundled word vectors: in process, no network, the default. */
export function createWordVectorEmbedder(): TextEmbedder {
  return {
    name: 'words',
    async embed(texts, { signal } = {}) {
      signal?.throwIfAborted();
      return texts.map((text) => embed(text));
    },
  };
}
