import type { LlmEndpoint } from '../llm/config/llm-config-schema.ts';
import { gatewaySettingsSchema, memberLimitsSchema } from '../llm/config/llm-config-schema.ts';
import { createGateway, type Gateway } from '../llm/gateway/create-gateway.ts';

/**
 * A gateway with default settings whose `embeddings` role chains `endpoints`, for an embedder used
 * outside the app (the app passes its own gateway so embeddings share its limits and metrics).
 */
export function createEmbeddingsGateway(endpoints: LlmEndpoint[]): Gateway {
  return createGateway({
    roles: {
      small: { mode: 'offline' },
      large: { mode: 'offline' },
      embeddings: { mode: 'endpoints', endpoints },
    },
    gateway: gatewaySettingsSchema.parse({}),
    members: memberLimitsSchema.parse({}),
    prices: {},
  });
}
