import type { RoleEndpoints } from '../llm/config/llm-config-schema.ts';
import type { Gateway } from '../llm/gateway/create-gateway.ts';
import { createEmbeddingsGateway } from './create-embeddings-gateway.ts';
import { createEndpointEmbedder } from './create-endpoint-embedder.ts';
import { createWordVectorEmbedder } from './create-word-vector-embedder.ts';
import type { TextEmbedder } from './text-embedder.ts';

/**
 * The `embeddings` role's endpoints when configured, else the bundled word vectors. Requests go
 * through `gateway` — the app's, so embeddings share its fallbacks, breakers, limits and metrics —
 * or, without one, a default gateway over the whole chain. The name is the first endpoint's model:
 * a chain must serve one embedding model, since vectors from different models do not compare.
 */
export function createTextEmbedder(
  embeddings: RoleEndpoints,
  options: { gateway?: Gateway } = {},
): TextEmbedder {
  if (embeddings.mode !== 'endpoints' || !embeddings.endpoints[0]) return createWordVectorEmbedder();
  const gateway = options.gateway ?? createEmbeddingsGateway(embeddings.endpoints);
  return createEndpointEmbedder(embeddings.endpoints[0], { gateway });
}
