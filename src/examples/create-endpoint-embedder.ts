import { embedMany } from 'ai';
import type { LlmEndpoint } from '../llm/config/llm-config-schema.ts';
import { createEndpointModels } from '../llm/providers/create-endpoint-models.ts';
import { normaliseVector } from './normalise-vector.ts';
import type { TextEmbedder } from './text-embedder.ts';

/** An OpenAI-compatible `/embeddings` endpoint through the AI SDK; vectors normalised so cosine is a dot product. */
export function createEndpointEmbedder(endpoint: LlmEndpoint): TextEmbedder {
  const { embedding } = createEndpointModels(endpoint);
  return {
    name: endpoint.model,
    async embed(texts, { signal } = {}) {
      if (texts.length === 0) return [];
      const { embeddings } = await embedMany({ model: embedding, values: [...texts], abortSignal: signal });
      return embeddings.map(normaliseVector);
    },
  };
}
