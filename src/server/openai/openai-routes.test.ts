import type { LanguageModel } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry } from '../../skills/test-network.ts';
import { createChatAssistant } from '../chat/testing/create-chat-assistant.ts';
import {
  createRetractingModel,
  RETRACTING_QUESTION,
  WITHDRAWN_START,
} from '../chat/testing/create-retracting-model.ts';
import { createApp } from '../create-app.ts';
import { createServerOperations } from '../middleware/server-operations.ts';
import { type RunningServer, startServer } from '../start-server.ts';

// The official OpenAI client against real servers (port 0): one whose pipeline answers offline, one
// whose scripted answer the trust classifier retracts in part.
const { db, network, registry } = createTestRegistry();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await db.destroy();
});

async function serve(offlineModel?: LanguageModel) {
  const assistant = await createChatAssistant({ network, registry, offlineModel });
  const operations = createServerOperations({ env: { NODE_ENV: 'test' } });
  const running = await startServer(createApp(network, operations, assistant), {
    port: 0,
    hostname: '127.0.0.1',
  });
  closers.push(assistant.close, running.close);
  const openai = new OpenAI({
    baseURL: `${running.url}/v1`,
    apiKey: 'unused',
    defaultHeaders: { 'X-Member-Id': '3' },
    maxRetries: 0,
  });
  return { server: running, client: openai };
}

let server: RunningServer;
let client: OpenAI;
let retracting: OpenAI;
beforeAll(async () => {
  ({ server, client } = await serve());
  ({ client: retracting } = await serve(createRetractingModel()));
});

const QUESTION = 'Am I a good fit for job 3876925520?';

describe('the OpenAI-compatible face', () => {
  it('lists the dossier model', async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['dossier']);
  });

  it('answers a chat completion with the cards and follow-ups as text, and usage', async () => {
    const completion = await client.chat.completions.create({
      model: 'dossier',
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'user', content: QUESTION },
      ],
    });
    expect(completion.object).toBe('chat.completion');
    const content = completion.choices[0]?.message.content ?? '';
    expect(content).toContain('[job:3876925520]');
    expect(content).toMatch(/\n\nSources:\n- \[job:3876925520\] /);
    expect(content).toMatch(/\n\nYou could ask next:\n- \S/);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    const usage = completion.usage;
    expect(usage && usage.prompt_tokens + usage.completion_tokens).toBe(usage?.total_tokens);
    expect(usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('streams chunks ending in [DONE], with usage last when asked, the same answer as whole', async () => {
    const stream = await client.chat.completions.create({
      model: 'dossier',
      messages: [{ role: 'user', content: QUESTION }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let content = '';
    const chunks = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      content += chunk.choices[0]?.delta.content ?? '';
    }
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(content).toContain('Sources:\n- [job:3876925520]');

    const whole = await client.chat.completions.create({
      model: 'dossier',
      messages: [{ role: 'user', content: QUESTION }],
    });
    expect(content).toBe(whole.choices[0]?.message.content);
  });

  it("takes earlier messages as the turn's history", async () => {
    const completion = await client.chat.completions.create({
      model: 'dossier',
      messages: [
        { role: 'user', content: 'Find nurse jobs in Boston' },
        { role: 'assistant', content: 'Here are nurse jobs in Boston.' },
        { role: 'user', content: 'Which of them are remote?' },
      ],
    });
    expect(completion.choices[0]?.message.content?.length).toBeGreaterThan(0);
    const tooLong = client.chat.completions.create({
      model: 'dossier',
      messages: [
        { role: 'assistant', content: 'x'.repeat(20_001) },
        { role: 'user', content: 'and?' },
      ],
    });
    await expect(tooLong).rejects.toMatchObject({ status: 400 });
  });

  it('refuses another model, a missing question and bad JSON with OpenAI-style errors', async () => {
    await expect(
      client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'model_not_found',
      param: 'model',
      type: 'invalid_request_error',
    });
    await expect(
      client.chat.completions.create({ model: 'dossier', messages: [{ role: 'system', content: 'hi' }] }),
    ).rejects.toMatchObject({ status: 400, param: 'messages' });
    for (const body of [
      '{"model": "dossier"',
      JSON.stringify({ model: 'dossier' }),
      JSON.stringify({ model: 'dossier', messages: 'hi' }),
    ]) {
      const response = await fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status, body).toBe(400);
      const error = (await response.json()) as { error: Record<string, unknown> };
      expect(Object.keys(error.error).sort()).toEqual(['code', 'message', 'param', 'type']);
    }
  });
});

describe('text the trust classifier withdraws', () => {
  it('is cut from a whole completion; a stream, which cannot unsend it, says what to disregard', async () => {
    const messages = [{ role: 'user' as const, content: RETRACTING_QUESTION }];
    const whole = await retracting.chat.completions.create({ model: 'dossier', messages });
    const content = whole.choices[0]?.message.content ?? '';
    expect(content).toMatch(/^One role fits \[job:\d+\]\. It matches your search\./);
    expect(content).not.toContain(WITHDRAWN_START);
    expect(content).not.toContain('Withdrawn');

    const stream = await retracting.chat.completions.create({ model: 'dossier', messages, stream: true });
    let streamed = '';
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? '';
    expect(streamed).toMatch(
      /^One role fits \[job:\d+\]\. The team behind the platform, its pipelines and dashboards, .*\n\n\[Withdrawn: disregard the text above from “The team behind the platform, its …” on \(private_data: .+?\)\.\]\n\nIt matches your search\./s,
    );
    expect(streamed).not.toContain('555-0199');
  });
});
