import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/create-gateway.ts';
import { startSimulators, tokens } from '../testing/start-simulators.ts';
import { createLlmMetrics } from './create-llm-metrics.ts';

class CollectOnDemand extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(() => cleanup?.());

describe('LLM metrics from a real call', () => {
  it('records Prometheus histograms, GenAI OpenTelemetry metrics and a client span', async () => {
    const { config, closeAll } = await startSimulators(
      { a: { ttftMs: 50, tbtMs: 10 } },
      {},
      { text: tokens(6) },
    );
    cleanup = closeAll;
    const reader = new CollectOnDemand();
    const spans = new InMemorySpanExporter();
    const registry = new Registry();
    const metrics = createLlmMetrics({
      registry,
      meter: new MeterProvider({ readers: [reader] }).getMeter('test'),
      tracer: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }).getTracer('test'),
    });
    const gateway = createGateway(config, { metrics });
    for await (const _ of gateway.stream({
      role: 'large',
      memberId: 'm1',
      messages: [{ role: 'user', content: 'hi' }],
    })) {
      // drain
    }

    const text = await registry.metrics();
    expect(text).toContain(
      'dossier_llm_time_to_first_token_seconds_count{role="large",endpoint="a",model="model-a"} 1',
    );
    expect(text).toContain(
      'dossier_llm_inter_token_latency_seconds_count{role="large",endpoint="a",model="model-a"} 5',
    );
    expect(text).toContain(
      'dossier_llm_request_duration_seconds_count{role="large",endpoint="a",model="model-a",operation="chat",outcome="ok"} 1',
    );
    expect(text).toContain(
      'dossier_llm_tokens_sum{role="large",endpoint="a",model="model-a",operation="chat",type="output"} 6',
    );

    const { resourceMetrics } = await reader.collect();
    const byName = new Map(
      resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).map((m) => [m.descriptor.name, m]),
    );
    expect([...byName.keys()].sort()).toEqual([
      'gen_ai.client.operation.duration',
      'gen_ai.client.operation.time_per_output_chunk',
      'gen_ai.client.operation.time_to_first_chunk',
      'gen_ai.client.token.usage',
    ]);
    const chunkGaps = byName.get('gen_ai.client.operation.time_per_output_chunk')?.dataPoints[0]?.value as {
      count: number;
    };
    expect(chunkGaps.count).toBe(5);

    const [span] = spans.getFinishedSpans();
    expect(span?.name).toBe('chat model-a');
    expect(span?.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'model-a',
      'gen_ai.usage.output_tokens': 6,
      'server.address': '127.0.0.1',
      'dossier.member.id': 'm1',
    });
  });
});
