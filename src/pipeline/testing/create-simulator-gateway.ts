import { parseLlmConfig } from '../../llm/config/load-llm-config.ts';
import { createGateway, type Gateway } from '../../llm/gateway/create-gateway.ts';
import { createLlmMetrics } from '../../llm/metrics/create-llm-metrics.ts';

/**
 * A gateway whose small and large roles are one simulator (`url` ends in `/v1`), with its own
 * metrics; `gateway` and `endpoint` override the config's gateway settings and the endpoint's limits.
 */
export function createSimulatorGateway(
  url: string,
  overrides: { gateway?: Record<string, unknown>; endpoint?: Record<string, unknown> } = {},
): Gateway {
  const endpoints = [{ url, model: 'sim', ...overrides.endpoint }];
  const config = parseLlmConfig({
    llm: { small: { endpoints }, large: { endpoints }, gateway: overrides.gateway ?? {} },
  });
  return createGateway(config, { metrics: createLlmMetrics() });
}
