import type { RoleEndpoints } from '../llm/config/llm-config-schema.ts';
import { createEndpointEmbedder } from './create-endpoint-embedder.ts';
import { createWordVectorEmbedder } from './create-word-vector-embedder.ts';
import type { TextEmbedder } from './text-embedder.ts';

/** The `embeddings` role's first endpoint when one is configured, else the bundled word vectors. */
export function createTextEmbedder(embeddings: RoleEndpoints): TextEmbedder {
  return embeddings.mode === 'endpoints' && embeddings.endpoints[0]
    ? createEndpointEmbedder(embeddings.endpoints[0])
    : createWordVectorEmbedder();
}
