import { afterEach, describe, expect, it } from 'vitest';
import { percentile } from '../metrics/percentile.ts';
import { createScriptedResponder } from './create-scripted-responder.ts';
import { type RunningSimulator, startSimulator } from './start-simulator.ts';

const PLAN =
  'thought: find jobs\ncalls:\n  - skill: job_search\n    args:\n      query: data engineer\n      limit: 5';
const running: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function start(options: Parameters<typeof startSimulator>[0] = {}): Promise<RunningSimulator> {
  const sim = await startSimulator({
    responder: createScriptedResponder([{ when: /plan/, respond: { text: PLAN } }], {
      text: 'one two three four five six seven eight',
    }),
    ...options,
  });
  running.push(sim);
  return sim;
}

function post(sim: RunningSimulator, body: Record<string, unknown>, signal?: AbortSignal): Promise<Response> {
  return fetch(`${sim.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'sim', messages: [{ role: 'user', content: 'hello' }], ...body }),
    signal,
  });
}

/** The SSE `data:` payloads of a response with their arrival times (ms since `since`). */
// biome-ignore lint/suspicious/noExplicitAny: test reads loosely shaped OpenAI JSON
type Json = any;

async function readEvents(response: Response, since: number): Promise<{ data: string; at: number }[]> {
  const events: { data: string; at: number }[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      events.push({ data: buffer.slice(0, end).replace(/^data: /, ''), at: performance.now() - since });
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
    }
  }
  return events;
}

const contentOf = (events: { data: string }[]) =>
  events
    .filter((e) => e.data !== '[DONE]')
    .map((e) => JSON.parse(e.data).choices[0]?.delta?.content ?? '')
    .join('');

describe('LLM simulator over HTTP', () => {
  it('streams OpenAI chunks with usage, holding the configured TTFT and TBT', async () => {
    const sim = await start({ ttftMs: 200, tbtMs: 30 });
    const since = performance.now();
    const events = await readEvents(
      await post(sim, { stream: true, stream_options: { include_usage: true } }),
      since,
    );
    expect(events.at(-1)?.data).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.data));
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: 'one' });
    expect(chunks.at(-2).choices[0].finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { completion_tokens: 8, prompt_tokens: 2, total_tokens: 10 },
    });
    expect(contentOf(events)).toBe('one two three four five six seven eight');
    const tokenTimes = events.slice(0, 8).map((e) => e.at);
    expect(tokenTimes[0]).toBeGreaterThanOrEqual(150);
    expect(tokenTimes[0]).toBeLessThanOrEqual(400);
    const gaps = tokenTimes.slice(1).map((t, i) => t - (tokenTimes[i] as number));
    expect(percentile(gaps, 50)).toBeGreaterThanOrEqual(15);
    expect(percentile(gaps, 50)).toBeLessThanOrEqual(60);
  });

  it('answers without streaming after the whole generation time', async () => {
    const sim = await start({ ttftMs: 50, tbtMs: 10, seed: 7 });
    const since = performance.now();
    const body = (await (await post(sim, { max_tokens: 3 })).json()) as Json;
    expect(performance.now() - since).toBeGreaterThanOrEqual(60);
    expect(body).toMatchObject({
      object: 'chat.completion',
      choices: [{ message: { role: 'assistant', content: 'one two three' }, finish_reason: 'length' }],
      usage: { completion_tokens: 3 },
    });
  });

  it('streams tool calls as OpenAI tool_calls deltas', async () => {
    const sim = await start({
      ttftMs: 1,
      tbtMs: 1,
      responder: () => ({
        toolCalls: [{ name: 'job_search', arguments: '{"query":"data engineer","limit":5}' }],
      }),
    });
    const events = await readEvents(
      await post(sim, { stream: true, tools: [{ type: 'function', function: { name: 'job_search' } }] }),
      0,
    );
    const deltas = events.slice(0, -1).map((e) => JSON.parse(e.data).choices[0]);
    expect(deltas[0].delta.tool_calls[0]).toMatchObject({
      index: 0,
      type: 'function',
      function: { name: 'job_search', arguments: '' },
    });
    const args = deltas.map((d) => d.delta.tool_calls?.[0].function.arguments ?? '').join('');
    expect(JSON.parse(args)).toEqual({ query: 'data engineer', limit: 5 });
    expect(deltas.at(-1).finish_reason).toBe('tool_calls');
  });

  it('injects 429 with Retry-After, and 500', async () => {
    const limited = await start({ faultRate: 1, faults: ['429'], retryAfterMs: 1500 });
    const response = await post(limited, {});
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('retry-after-ms')).toBe('1500');
    expect(((await response.json()) as Json).error.type).toBe('rate_limit_error');
    const broken = await start({ faultRate: 1, faults: ['500'] });
    expect((await post(broken, { stream: true })).status).toBe(500);
    expect(broken.stats().faults).toEqual({ 500: 1 });
  });

  it('cuts the connection mid-stream', async () => {
    const sim = await start({ ttftMs: 10, tbtMs: 5, faultRate: 1, faults: ['cut'] });
    const response = await post(sim, { stream: true });
    await expect(readEvents(response, 0)).rejects.toThrow();
  });

  it('stalls mid-stream until the client gives up', async () => {
    const sim = await start({ ttftMs: 10, tbtMs: 5, faultRate: 1, faults: ['stall'] });
    const controller = new AbortController();
    const reading = readEvents(await post(sim, { stream: true }, controller.signal), 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(sim.stats().active).toBe(1);
    controller.abort();
    await expect(reading).rejects.toThrow();
    for (let i = 0; i < 100 && sim.stats().active > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sim.stats().active).toBe(0);
  });

  it('malforms plans with the plan-parser mistakes', async () => {
    const sim = await start({ ttftMs: 1, tbtMs: 0, faultRate: 1, faults: ['malformed'] });
    const texts = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const body = (await (
        await post(sim, { messages: [{ role: 'user', content: 'make a plan' }] })
      ).json()) as Json;
      texts.add(body.choices[0].message.content);
    }
    expect(texts.has(PLAN)).toBe(false);
    expect(texts.size).toBeGreaterThan(3);
    expect(sim.stats().faults.malformed).toBe(8);
  });

  it('draws the same faults for the same seed', async () => {
    const statuses = async (seed: number) => {
      const sim = await start({ ttftMs: 0, tbtMs: 0, seed, faultRate: 0.5, faults: ['500'] });
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) codes.push((await post(sim, {})).status);
      return codes;
    };
    const first = await statuses(42);
    expect(await statuses(42)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('queues requests beyond --max-concurrency', async () => {
    const sim = await start({ ttftMs: 100, tbtMs: 10, maxConcurrency: 1 });
    const since = performance.now();
    const [first, second] = await Promise.all(
      [post(sim, {}), post(sim, {})].map(async (r) => (await r).json().then(() => performance.now() - since)),
    );
    // The second waits for the whole first generation (~170 ms) before its own.
    expect(Math.max(first as number, second as number)).toBeGreaterThanOrEqual(300);
  });

  it('slows TBT down with the number of active streams under --slowdown', async () => {
    const sim = await start({ ttftMs: 20, tbtMs: 20, slowdown: 1 });
    const since = performance.now();
    const all = await Promise.all(
      Array.from({ length: 4 }, async () => readEvents(await post(sim, { stream: true }), since)),
    );
    const gaps = all.flatMap((events) =>
      events.slice(1, 6).map((e, i) => e.at - (events[i] as { at: number }).at),
    );
    // Four active streams: 20 ms × (1 + 3) = 80 ms.
    expect(percentile(gaps, 50)).toBeGreaterThanOrEqual(55);
    expect(percentile(gaps, 50)).toBeLessThanOrEqual(140);
  });

  it('rejects an invalid request with an OpenAI error', async () => {
    const sim = await start();
    const response = await post(sim, { messages: [] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error.message).toContain('messages');
  });
});
