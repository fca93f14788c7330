import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createBatchHistogram } from './create-batch-histogram.ts';

const BUCKETS = [0.002, 0.005, 0.01, 0.02, 0.05];

describe('createBatchHistogram', () => {
  it("renders exactly what prom-client's Histogram renders for the same observations", async () => {
    const calls = {
      a: [
        [1, 2, 2, 4.5, 7, 30, 90],
        [0.5, 5, 5, 20],
      ],
      b: [[0, 60, 3]],
    };
    const batchRegistry = new Registry();
    const batch = createBatchHistogram({
      name: 'gaps_seconds',
      help: 'Gaps.',
      buckets: BUCKETS,
      labelNames: ['endpoint'],
      registry: batchRegistry,
    });
    const promRegistry = new Registry();
    const reference = new Histogram({
      name: 'gaps_seconds',
      help: 'Gaps.',
      buckets: BUCKETS,
      labelNames: ['endpoint'],
      registers: [promRegistry],
    });
    for (const [endpoint, perCall] of Object.entries(calls)) {
      for (const gapsMs of perCall) {
        // Looked up per call, as the metrics recorder does: the same labels are one series.
        batch.series({ endpoint }).observeSorted(Float64Array.from(gapsMs).sort(), 1 / 1000);
        for (const gap of gapsMs) reference.observe({ endpoint }, gap * (1 / 1000));
        batch.series({ endpoint: `${endpoint}-one-by-one` }).observe(gapsMs.length);
        reference.observe({ endpoint: `${endpoint}-one-by-one` }, gapsMs.length);
      }
    }
    const rendered = await batchRegistry.metrics();
    expect(rendered).toBe(await promRegistry.metrics());
    expect(rendered).toContain('gaps_seconds_bucket{le="0.005",endpoint="a"} 7');

    // A series with no observation is not rendered, before any or after a reset, as in prom-client.
    batch.series({ endpoint: 'never' });
    expect(await batchRegistry.metrics()).not.toContain('endpoint="never"');
    batchRegistry.resetMetrics();
    promRegistry.resetMetrics();
    expect(await batchRegistry.metrics()).toBe(await promRegistry.metrics());
  });

  it('merges into another registry, as the server merges the LLM registry into /metrics', async () => {
    const registry = new Registry();
    createBatchHistogram({ name: 'x_seconds', help: 'X.', buckets: BUCKETS, labelNames: [], registry })
      .series({})
      .observeSorted([0.001]);
    const merged = Registry.merge([registry, new Registry()]);
    expect(await merged.metrics()).toContain('x_seconds_count 1');
  });
});
