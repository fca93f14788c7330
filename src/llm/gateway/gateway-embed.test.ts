import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLlmConfig } from '../config/load-llm-config.ts';
import { createLlmMetrics } from '../metrics/create-llm-metrics.ts';
import { type EmbeddingsServer, startEmbeddingsServer } from '../testing/start-embeddings-server.ts';
import { createGateway } from './create-gateway.ts';
import { GatewayError } from './gateway-error.ts';

class CollectOnDemand extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

let servers: EmbeddingsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/** Starts one server per behaviour and a gateway whose `embeddings` role chains them as a, b, … */
async function setUp(
  behaviours: { status?: number; delayMs?: number }[],
  llm: {
    gateway?: Record<string, unknown>;
    members?: Record<string, unknown>;
    prices?: Record<string, unknown>;
  } = {},
) {
  servers = await Promise.all(behaviours.map((behaviour) => startEmbeddingsServer(behaviour)));
  const config = parseLlmConfig({
    llm: {
      embeddings: {
        endpoints: servers.map((server, index) => ({
          name: String.fromCharCode(97 + index),
          url: server.url,
          model: 'embed-model',
        })),
      },
      gateway: { backoffMs: 5, maxBackoffMs: 50, ...llm.gateway },
      members: llm.members ?? {},
      prices: llm.prices ?? {},
    },
  });
  const registry = new Registry();
  const reader = new CollectOnDemand();
  const metrics = createLlmMetrics({
    registry,
    meter: new MeterProvider({ readers: [reader] }).getMeter('test'),
  });
  return { gateway: createGateway(config, { metrics }), registry, reader };
}

async function caught(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

describe('gateway.embed over HTTP', () => {
  it('falls back to the second endpoint when the first answers 500, after its retries', async () => {
    const { gateway } = await setUp([{ status: 500 }, {}], { gateway: { retries: 1 } });
    const { vectors, usage, report } = await gateway.embed({ texts: ['one two', 'three'] });
    expect(vectors).toEqual([
      [7, 1],
      [5, 1],
    ]);
    expect(usage.inputTokens).toBe(3);
    expect(servers[0]?.hits()).toBe(2);
    expect(report.endpoint?.name).toBe('b');
    expect(report.retries).toBe(2);
    expect(report.failedAttempts.map((attempt) => attempt.endpoint)).toEqual(['a', 'a']);
  });

  it('opens the circuit of a failing endpoint so later calls skip it', async () => {
    const { gateway } = await setUp([{ status: 503 }, {}], {
      gateway: { retries: 0, circuitBreaker: { failureThreshold: 2, openMs: 60_000 } },
    });
    for (let call = 0; call < 4; call += 1) await gateway.embed({ texts: ['x'] });
    expect(servers[0]?.hits()).toBe(2);
    const { report } = await gateway.embed({ texts: ['x'] });
    expect(report.failedAttempts).toEqual([{ endpoint: 'a', error: 'circuit open' }]);
  });

  it('fails with all_endpoints_failed when no endpoint answers', async () => {
    const { gateway } = await setUp([{ status: 500 }], { gateway: { retries: 0 } });
    const error = await caught(gateway.embed({ texts: ['x'] }));
    expect(error.code).toBe('all_endpoints_failed');
    expect(error.message).toContain('HTTP 500');
  });

  it('gives up with total_timeout on a slow endpoint and cancels the request', async () => {
    const { gateway } = await setUp([{ delayMs: 5_000 }], { gateway: { totalTimeoutMs: 150 } });
    const startedAt = performance.now();
    const error = await caught(gateway.embed({ texts: ['x'] }));
    expect(error.code).toBe('total_timeout');
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it("stops a member whose token budget is spent, charging the embedding's input tokens", async () => {
    const { gateway } = await setUp([{}], {
      members: { tokenBudget: { tokens: 3, windowMs: 60_000 } },
    });
    await gateway.embed({ texts: ['a b c d'], memberId: 'm1' });
    const error = await caught(gateway.embed({ texts: ['x'], memberId: 'm1' }));
    expect(error.code).toBe('token_budget_exceeded');
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(servers[0]?.hits()).toBe(1);
    await gateway.embed({ texts: ['x'], memberId: 'm2' });
  });

  it('passes the caller abort reason through', async () => {
    const { gateway } = await setUp([{ delayMs: 5_000 }]);
    const reason = new Error('member left');
    await expect(gateway.embed({ texts: ['x'], signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('records Prometheus series with operation="embeddings" and GenAI OpenTelemetry metrics', async () => {
    const { gateway, registry, reader } = await setUp([{ status: 500 }, {}], {
      gateway: { retries: 0 },
      prices: { 'embed-model': { inputPerMillionTokens: 1_000_000, outputPerMillionTokens: 0 } },
    });
    const { report } = await gateway.embed({ texts: ['one two three'] });
    expect(report.costUsd).toBe(3);

    const text = await registry.metrics();
    const labels = 'role="embeddings",endpoint="b",model="embed-model"';
    expect(text).toContain(
      `dossier_llm_request_duration_seconds_count{${labels},operation="embeddings",outcome="ok"} 1`,
    );
    expect(text).toContain(`dossier_llm_tokens_sum{${labels},operation="embeddings",type="input"} 3`);
    expect(text).toContain(`dossier_llm_retries_total{${labels}} 1`);
    expect(text).toContain(`dossier_llm_cost_usd_total{${labels}} 3`);
    expect(text).not.toContain('dossier_llm_time_to_first_token_seconds_count{role="embeddings"');

    await gateway.embed({ texts: ['x'], signal: AbortSignal.abort() }).catch(() => undefined);
    const afterAbort = await registry.metrics();
    expect(afterAbort).toContain(
      'dossier_llm_errors_total{role="embeddings",endpoint="a",model="embed-model",operation="embeddings",code="aborted"} 1',
    );

    const { resourceMetrics } = await reader.collect();
    const points = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics);
    const byName = new Map(points.map((metric) => [metric.descriptor.name, metric]));
    expect(byName.get('gen_ai.client.operation.duration')?.dataPoints[0]?.attributes).toMatchObject({
      'gen_ai.operation.name': 'embeddings',
      'gen_ai.request.model': 'embed-model',
    });
    const usage = byName.get('gen_ai.client.token.usage')?.dataPoints[0];
    expect(usage?.attributes).toMatchObject({
      'gen_ai.operation.name': 'embeddings',
      'gen_ai.token.type': 'input',
    });
    expect(usage?.value).toMatchObject({ sum: 3 });
  });

  it('refuses with offline when the embeddings role has no endpoint', async () => {
    const gateway = createGateway(parseLlmConfig({}), { metrics: createLlmMetrics() });
    expect((await caught(gateway.embed({ texts: ['x'] }))).code).toBe('offline');
  });
});
