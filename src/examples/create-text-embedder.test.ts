import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLlmConfig } from '../llm/config/load-llm-config.ts';
import { createGateway } from '../llm/gateway/create-gateway.ts';
import { createLlmMetrics } from '../llm/metrics/create-llm-metrics.ts';
import { type EmbeddingsServer, startEmbeddingsServer } from '../llm/testing/start-embeddings-server.ts';
import { createTextEmbedder } from './create-text-embedder.ts';

let servers: EmbeddingsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/** A failing first endpoint (HTTP 500) and a working second one, chained as the `embeddings` role. */
async function failingThenWorking() {
  servers = await Promise.all([startEmbeddingsServer({ status: 500 }), startEmbeddingsServer()]);
  return parseLlmConfig({
    llm: {
      embeddings: {
        endpoints: servers.map((server, index) => ({
          name: index === 0 ? 'first' : 'second',
          url: server.url,
          model: 'embed-model',
        })),
      },
      gateway: { retries: 1, backoffMs: 5, maxBackoffMs: 50 },
    },
  });
}

describe('createTextEmbedder', () => {
  it("embeds through the app's gateway, falling back to the second endpoint, in its metrics", async () => {
    const config = await failingThenWorking();
    const registry = new Registry();
    const gateway = createGateway(config, { metrics: createLlmMetrics({ registry }) });
    const embedder = createTextEmbedder(config.roles.embeddings, { gateway });
    expect(embedder.name).toBe('embed-model');

    const [vector] = await embedder.embed(['one two']);
    // The server's [7, 1], normalised.
    expect(Array.from(vector as Float32Array)).toEqual(
      [7 / Math.hypot(7, 1), 1 / Math.hypot(7, 1)].map(Math.fround),
    );
    expect(servers.map((server) => server.hits())).toEqual([2, 1]); // a try and a retry, then the fallback

    const text = await registry.metrics();
    expect(text).toContain(
      'dossier_llm_request_duration_seconds_count{role="embeddings",endpoint="second",model="embed-model",operation="embeddings",outcome="ok"} 1',
    );
    expect(text).toContain(
      'dossier_llm_retries_total{role="embeddings",endpoint="second",model="embed-model"} 2',
    );
  });

  it('without a gateway, still uses the whole chain rather than the first endpoint alone', async () => {
    const config = await failingThenWorking();
    const [vector] = await createTextEmbedder(config.roles.embeddings).embed(['three']);
    expect(vector?.length).toBe(2);
    expect(servers[1]?.hits()).toBe(1);
  });

  it('passes cancellation through the gateway to the request', async () => {
    const config = await failingThenWorking();
    const reason = new Error('member left');
    const embedder = createTextEmbedder(config.roles.embeddings, { gateway: createGateway(config) });
    await expect(embedder.embed(['x'], { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('is the bundled word vectors when the embeddings role is offline', () => {
    expect(createTextEmbedder({ mode: 'offline' }).name).toBe('words');
  });
});
