import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../llm/gateway/create-gateway.ts';
import { startSimulators } from '../../llm/testing/start-simulators.ts';
import { ANONYMOUS_VIEWER } from '../../network/api/viewer.ts';
import { createTestRegistry } from '../../skills/test-network.ts';
import { startServer } from '../start-server.ts';
import { serveTestApp } from '../testing/serve-app.ts';
import { createServerOperations, installServerMiddleware } from './server-operations.ts';

const skills = createTestRegistry();
const { server } = await serveTestApp({ registries: [skills.registry.metrics.registry] });
afterAll(() => skills.db.destroy());

async function scrape(url: string) {
  const response = await fetch(`${url}/metrics`);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('/metrics', () => {
  it('times requests by route pattern, method and status', async () => {
    await fetch(`${server.url}/api/jobs/3803052628`);
    await fetch(`${server.url}/api/jobs/1`);
    await fetch(`${server.url}/api/nowhere`);
    const text = await scrape(server.url);
    expect(text).toMatch(
      /dossier_http_request_duration_seconds_count\{route="\/api\/jobs\/:job_id",method="GET",status="200"\} 1/,
    );
    expect(text).toMatch(
      /dossier_http_request_duration_seconds_count\{route="\/api\/jobs\/:job_id",method="GET",status="404"\} 1/,
    );
    expect(text).toMatch(/route="unmatched",method="GET",status="404"/);
    expect(text).toMatch(/dossier_http_requests_in_flight 1/); // the scrape itself
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('shows LLM call latency (TTFT, TBT) and skill call histograms from the same process', async () => {
    const { config, closeAll } = await startSimulators({ a: { ttftMs: 20, tbtMs: 2 } });
    try {
      for await (const _ of createGateway(config).stream({
        role: 'large',
        messages: [{ role: 'user', content: 'hi' }],
      })) {
        // drain the call so it is recorded
      }
    } finally {
      await closeAll();
    }
    await skills.registry.invoke('job_search', { query: 'engineer' }, { viewer: ANONYMOUS_VIEWER });
    const text = await scrape(server.url);
    expect(text).toMatch(
      /dossier_llm_time_to_first_token_seconds_count\{role="large",endpoint="a",model="model-a"\} [1-9]/,
    );
    expect(text).toMatch(
      /dossier_llm_inter_token_latency_seconds_count\{role="large",endpoint="a",model="model-a"\} [1-9]/,
    );
    // The GenAI semantic conventions' OpenTelemetry metrics, in Prometheus form.
    expect(text).toMatch(
      /gen_ai_client_operation_time_to_first_chunk_seconds_count\{gen_ai_operation_name="chat",.*gen_ai_request_model="model-a".*\} [1-9]/,
    );
    expect(text).toMatch(/gen_ai_client_token_usage_bucket\{.*gen_ai_token_type="output",le="\+Inf"\} [1-9]/);
    expect(text).toContain('# TYPE gen_ai_client_operation_duration_seconds histogram');
    expect(text).toMatch(/dossier_skill_invocation_seconds_count\{skill="job_search",outcome="ok"\} 1/);
  });

  it('counts open event streams until they end', async () => {
    const operations = createServerOperations({ env: { NODE_ENV: 'test' } });
    const app = new Hono();
    installServerMiddleware(app, operations);
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    app.get('/stream', (c) =>
      streamSSE(c, async (stream) => {
        await stream.writeSSE({ data: 'first' });
        await finished;
      }),
    );
    const running = await startServer(app, { port: 0, hostname: '127.0.0.1' });
    try {
      const response = await fetch(`${running.url}/stream`);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      expect((await operations.metrics.render()).text).toMatch(/dossier_http_open_streams 1/);
      finish();
      while (!(await reader.read()).done) {}
      await expect
        .poll(async () => (await operations.metrics.render()).text)
        .toMatch(/dossier_http_open_streams 0/);
    } finally {
      await running.close();
    }
  });
});
