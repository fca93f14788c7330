import type { LlmEndpoint } from '../llm/config/llm-config-schema.ts';
import type { Gateway } from '../llm/gateway/create-gateway.ts';
import { createEmbeddingsGateway } from './create-embeddings-gateway.ts';
import { normaliseVector } from './normalise-vector.ts';
import type { TextEmbedder } from './text-embedder.ts';

/**
 * An OpenAI-compatible `/embeddings` endpoint through the LLM gateway (fallbacks, breaker,
 * concurrency limit, timeout, budgets, metrics); vectors normalised so cosine is a dot product.
 * Pass the application's gateway to share its limits and its `embeddings` chain (`endpoint` then
 * only names the model); without one, a gateway with default settings serves this endpoint alone.
 */
export function createEndpointEmbedder(
  endpoint: LlmEndpoint,
  options: { gateway?: Gateway; memberId?: string } = {},
): TextEmbedder {
  const gateway = options.gateway ?? createEmbeddingsGateway([endpoint]);
  return {
    name: endpoint.model,
    async embed(texts, { signal } = {}) {
      if (texts.length === 0) return [];
      const { vectors } = await gateway.embed({ texts, memberId: options.memberId, signal });
      return vectors.map(normaliseVector);
    },
  };
}
