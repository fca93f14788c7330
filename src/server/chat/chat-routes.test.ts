import { randomUUID } from 'node:crypto';
import { DefaultChatTransport, readUIMessageStream, type UIMessageChunk } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../llm/gateway/create-gateway.ts';
import { startSimulators, tokens } from '../../llm/testing/start-simulators.ts';
import { createTestRegistry } from '../../skills/test-network.ts';
import { createApp } from '../create-app.ts';
import { createServerOperations } from '../middleware/server-operations.ts';
import { type RunningServer, startServer } from '../start-server.ts';
import { createTurnHub } from './create-turn-hub.ts';
import type { DossierChunk, DossierUIMessage } from './dossier-ui-message.ts';
import { assemble } from './rebuild-ui-messages.ts';
import { createChatAssistant } from './testing/create-chat-assistant.ts';
import {
  createRetractingModel,
  RETRACTING_QUESTION,
  WITHDRAWN_START,
} from './testing/create-retracting-model.ts';
import { readSseEvents } from './testing/read-sse-events.ts';

// Two servers over real HTTP: one whose pipeline answers with the offline engine (fast, with
// skills, cards and follow-ups), one whose answers stream from the LLM simulator slowly enough
// to cut, resume and stop them mid-turn, and one whose scripted answer the trust classifier
// retracts in part. Conversations go to SQLite files of their own.
const { db, network, registry } = createTestRegistry();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await db.destroy();
});

async function serve(
  models: Pick<Parameters<typeof createChatAssistant>[0], 'gateway' | 'offlineModel'> = {},
) {
  const assistant = await createChatAssistant({ network, registry, ...models });
  // Finished turns leave memory at once, so a late resume is served from the store.
  const hub = createTurnHub(assistant.pipeline, { retainMs: 0 });
  const operations = createServerOperations({ env: { NODE_ENV: 'test' } });
  const server = await startServer(createApp(network, operations, { ...assistant, hub }), {
    port: 0,
    hostname: '127.0.0.1',
  });
  closers.push(assistant.close, async () => {
    await hub.close();
    await server.close();
  });
  return { server, assistant, hub };
}

let offline: Awaited<ReturnType<typeof serve>>;
let streaming: Awaited<ReturnType<typeof serve>>;
let retracting: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  offline = await serve();
  // ~150 answer tokens 10 ms apart: a turn of about two seconds.
  const sims = await startSimulators({ slow: { ttftMs: 30, tbtMs: 10 } }, {}, { text: tokens(150) });
  closers.push(sims.closeAll);
  streaming = await serve({ gateway: createGateway(sims.config) });
  retracting = await serve({ offlineModel: createRetractingModel() });
});

const MEMBER = { 'X-Member-Id': '3' };
const userMessage = (text: string): DossierUIMessage => ({
  id: randomUUID(),
  role: 'user',
  parts: [{ type: 'text', text }],
});

function postChat(server: RunningServer, body: unknown, headers: Record<string, string> = MEMBER) {
  return fetch(`${server.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function json(response: Response) {
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

type Numbered = { id: number; chunk: DossierChunk };

/** Every SSE event of a response until it ends, or until `cutWhen` says so (then the fetch is cut). */
async function readEvents(
  response: Response,
  { cutWhen, cut }: { cutWhen?: (events: Numbered[]) => boolean; cut?: AbortController } = {},
) {
  const events: Numbered[] = [];
  let done = false;
  if (!response.body) throw new Error('no body');
  for await (const event of readSseEvents(response.body)) {
    if (event.data === '[DONE]') {
      done = true;
      break;
    }
    events.push({ id: Number(event.id), chunk: JSON.parse(event.data) });
    if (cutWhen?.(events)) break;
  }
  cut?.abort(); // the client goes away mid-turn
  return { events, done };
}

describe('POST /api/chat', () => {
  it('streams a turn as a UI message stream that the AI SDK client reads: route, skill calls, text, cards, follow-ups', async () => {
    const chatId = randomUUID();
    const transport = new DefaultChatTransport<DossierUIMessage>({
      api: `${offline.server.url}/api/chat`,
      headers: MEMBER,
    });
    const stream = await transport.sendMessages({
      chatId,
      messages: [userMessage('Am I a good fit for this job?')],
      trigger: 'submit-message',
      messageId: undefined,
      abortSignal: undefined,
      body: { context: { kind: 'job', id: '3876925520' } },
    });
    const [forChunks, forReader] = stream.tee();
    const chunks: UIMessageChunk[] = [];
    const collecting = (async () => {
      for await (const chunk of forChunks) chunks.push(chunk);
    })();
    let message: DossierUIMessage | undefined;
    for await (const state of readUIMessageStream<DossierUIMessage>({
      stream: forReader as ReadableStream<DossierChunk>,
    }))
      message = state;
    await collecting;

    const types = chunks.map((chunk) => chunk.type);
    const first = (type: UIMessageChunk['type']) => types.indexOf(type);
    expect(types.slice(0, 3)).toEqual(['start', 'data-conversation', 'data-route']);
    expect(first('data-skill-call')).toBeGreaterThan(first('data-route'));
    expect(first('text-start')).toBeGreaterThan(types.lastIndexOf('data-skill-call'));
    expect(first('data-card')).toBeGreaterThan(types.lastIndexOf('text-delta'));
    expect(first('data-follow-ups')).toBeGreaterThan(types.lastIndexOf('data-card'));
    expect(types.slice(-3)).toEqual(['text-end', 'data-notice', 'finish']);

    expect(message?.role).toBe('assistant');
    const parts = message?.parts ?? [];
    expect(parts[0]).toMatchObject({ type: 'data-conversation', data: { conversationId: chatId } });
    expect(parts.find((p) => p.type === 'data-route')).toMatchObject({ data: { agent: 'job_fit' } });
    const calls = parts.flatMap((p) => (p.type === 'data-skill-call' ? [p.data] : []));
    expect(calls.map((c) => c.skill)).toEqual(expect.arrayContaining(['job_details', 'skill_gap']));
    expect(calls.every((c) => c.status === 'ok')).toBe(true); // updated in place from 'running'
    const text = parts.find((p) => p.type === 'text');
    expect(text?.type === 'text' && text.text).toContain('[job:3876925520]');
    expect(parts.find((p) => p.type === 'data-card')).toMatchObject({
      id: 'job:3876925520',
      data: { ui: { version: 1, root: { type: 'card', action: { type: 'open_item', kind: 'job' } } } },
    });
    const followUps = parts.find((p) => p.type === 'data-follow-ups');
    expect(followUps?.type === 'data-follow-ups' && followUps.data.questions.length).toBeGreaterThanOrEqual(
      2,
    );
    expect(parts.at(-1)).toMatchObject({ type: 'data-notice', data: { code: 'offline' } });

    // A reload shows the same message, rebuilt from what was stored.
    const reload = await json(
      await fetch(`${offline.server.url}/api/conversations/${chatId}/messages`, { headers: MEMBER }),
    );
    expect(reload.status).toBe(200);
    expect(reload.body.messages).toEqual([
      {
        id: expect.any(String),
        role: 'user',
        parts: [{ type: 'text', text: 'Am I a good fit for this job?' }],
      },
      JSON.parse(JSON.stringify(message)),
    ]);
    const list = await json(await fetch(`${offline.server.url}/api/conversations`, { headers: MEMBER }));
    expect(list.body.conversations[0]).toMatchObject({
      conversationId: chatId,
      title: 'Am I a good fit for this job?',
      context: 'job:3876925520',
    });

    // Feedback on the answer is stored; on another member's answer it is refused.
    const messageId = message?.id;
    const feedback = (body: unknown, headers = MEMBER, id = messageId) =>
      fetch(`${offline.server.url}/api/messages/${id}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    expect((await feedback({ rating: 'up', comment: 'spot on' })).status).toBe(204);
    expect(
      await offline.assistant.db.selectFrom('feedback').select(['message_id', 'rating', 'comment']).execute(),
    ).toEqual([{ message_id: messageId, rating: 'up', comment: 'spot on' }]);
    expect((await feedback({ rating: 'up' }, { 'X-Member-Id': '4' })).status).toBe(403);
    expect((await json(await feedback({ rating: 'meh' }))).body.error.code).toBe('invalid_input');
    expect((await feedback({ rating: 'up', comment: 'x'.repeat(2001) })).status).toBe(400);
    expect((await feedback({ rating: 'up' }, MEMBER, randomUUID())).status).toBe(404);
    expect((await feedback({ rating: 'up' }, MEMBER, reload.body.messages[0].id)).status).toBe(400);
  });

  it('continues a conversation with its history and refuses another member the same id', async () => {
    const chatId = randomUUID();
    await readEvents(
      await postChat(offline.server, { id: chatId, messages: [userMessage('Find nurse jobs in Boston')] }),
    );
    const second = await readEvents(
      await postChat(offline.server, { id: chatId, messages: [userMessage('What do they pay?')] }),
    );
    expect(second.done).toBe(true);
    const stored = await offline.assistant.store.transcript(chatId);
    expect(stored.map((m) => m.role)).toEqual(['member', 'assistant', 'member', 'assistant']);

    const other = await json(
      await postChat(offline.server, { id: chatId, messages: [userMessage('hi')] }, { 'X-Member-Id': '4' }),
    );
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    const anonymous = await postChat(offline.server, { id: chatId, messages: [userMessage('hi')] }, {});
    expect(anonymous.status).toBe(403);
    for (const path of [`/api/conversations/${chatId}/messages`, `/api/chat/${chatId}/stream`]) {
      expect((await fetch(`${offline.server.url}${path}`, { headers: { 'X-Member-Id': '4' } })).status).toBe(
        403,
      );
    }
    expect(
      (await fetch(`${offline.server.url}/api/conversations/${randomUUID()}/messages`, { headers: MEMBER }))
        .status,
    ).toBe(404);
    expect((await fetch(`${offline.server.url}/api/conversations`)).status).toBe(401);
  });

  it('answers anonymous viewers in a conversation only that id reaches', async () => {
    const chatId = randomUUID();
    const { done } = await readEvents(
      await postChat(
        offline.server,
        { id: chatId, messages: [userMessage('How do I write a cover letter?')] },
        {},
      ),
    );
    expect(done).toBe(true);
    expect((await fetch(`${offline.server.url}/api/conversations/${chatId}/messages`)).status).toBe(200);
    expect(
      (await fetch(`${offline.server.url}/api/conversations/${chatId}/messages`, { headers: MEMBER })).status,
    ).toBe(403);
  });

  it('takes `context: null` as no context (what a client sends on the feed)', async () => {
    const response = await postChat(offline.server, {
      id: randomUUID(),
      messages: [userMessage('How do I prepare for a job interview?')],
      context: null,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('"type":"data-route"');
  });

  it('rejects bad requests with {error: {code, message}}', async () => {
    const id = randomUUID();
    const cases: [unknown, number, string][] = [
      ['{"id": "', 400, 'invalid_input'],
      [{ id, messages: [userMessage('   ')] }, 400, 'invalid_input'],
      [{ id, messages: [userMessage('x'.repeat(2001))] }, 400, 'invalid_input'],
      [{ id, messages: 'hello' }, 400, 'invalid_input'],
      [{ id, messages: [] }, 400, 'invalid_input'],
      [{ id: 'not-a-uuid', messages: [userMessage('hi')] }, 400, 'invalid_input'],
      [{ id, messages: [userMessage('hi')], context: { kind: 'planet', id: 'mars' } }, 400, 'invalid_input'],
      [{ id, messages: [{ role: 'user', parts: [{ type: 'text', text: 7 }] }] }, 400, 'invalid_input'],
    ];
    for (const [body, status, code] of cases) {
      const response = await json(await postChat(offline.server, body));
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(response.body.error).toMatchObject({ code, message: expect.any(String) });
    }
    // Nothing was created for the rejected requests.
    expect(await offline.assistant.store.conversationOwner(id)).toBeUndefined();
  });
});

describe('a retraction', () => {
  it('ends the text part with a data-retraction; the store and a reload keep the cut text', async () => {
    const chatId = randomUUID();
    const { events, done } = await readEvents(
      await postChat(retracting.server, { id: chatId, messages: [userMessage(RETRACTING_QUESTION)] }),
    );
    expect(done).toBe(true);
    const message = await assemble(events.map(({ chunk }) => chunk));
    const parts = message?.parts ?? [];
    // What the member is left with: each retraction cuts the text before it back to `fromChar`.
    let shown = '';
    for (const part of parts) {
      if (part.type === 'text') shown += part.text;
      if (part.type === 'data-retraction') shown = shown.slice(0, part.data.fromChar);
    }
    const retraction = parts.find((part) => part.type === 'data-retraction');
    expect(retraction?.type === 'data-retraction' && retraction.data).toEqual({
      fromChar: expect.any(Number),
      reason: expect.stringMatching(/^private_data: /),
    });
    // The withdrawn sentence did reach the client before its end failed the check.
    const sent = parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
    expect(sent).toContain(WITHDRAWN_START);
    expect(shown).toMatch(/^One role fits \[job:\d+\]\. It matches your search\./);
    expect(shown).not.toContain(WITHDRAWN_START);
    expect(shown).toMatch(/I left out part of this answer/);
    expect(parts.some((part) => part.type === 'data-notice' && part.data.code === 'degraded_answer')).toBe(
      true,
    );

    const [, answer] = await retracting.assistant.store.transcript(chatId);
    expect(answer).toMatchObject({ text: shown, status: 'complete' });
    const reload = await json(
      await fetch(`${retracting.server.url}/api/conversations/${chatId}/messages`, { headers: MEMBER }),
    );
    expect(reload.body.messages[1]).toEqual(JSON.parse(JSON.stringify(message)));
  });
});

describe('resuming and stopping a turn', () => {
  it('delivers the rest of a cut stream exactly once after Last-Event-ID, from memory or the store', async () => {
    const chatId = randomUUID();
    const cut = new AbortController();
    const response = await fetch(`${streaming.server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...MEMBER },
      body: JSON.stringify({ id: chatId, messages: [userMessage('How do I prepare for a job interview?')] }),
      signal: cut.signal,
    });
    const textDeltas = (events: Numbered[]) => events.filter((e) => e.chunk.type === 'text-delta').length;
    const head = await readEvents(response, { cutWhen: (events) => textDeltas(events) === 5, cut });
    expect(head.done).toBe(false);
    const lastId = head.events.at(-1)?.id ?? 0;
    const resumed = await fetch(`${streaming.server.url}/api/chat/${chatId}/stream`, {
      headers: { ...MEMBER, 'Last-Event-ID': String(lastId) },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const tail = await readEvents(resumed);
    expect(tail.done).toBe(true);
    const ids = [...head.events, ...tail.events].map((e) => e.id);
    expect(ids).toEqual(ids.map((_, index) => index + 1)); // no gap, no repeat
    expect(tail.events.at(-1)?.chunk.type).toBe('finish');

    // The turn has left memory: the store replays the same parts with the same ids.
    const fromStore = await readEvents(
      await fetch(`${streaming.server.url}/api/chat/${chatId}/stream`, {
        headers: { ...MEMBER, 'Last-Event-ID': String(lastId) },
      }),
    );
    expect(fromStore.events).toEqual(tail.events);
    // With no Last-Event-ID and no turn in flight, there is nothing to resume.
    expect(
      (await fetch(`${streaming.server.url}/api/chat/${chatId}/stream`, { headers: MEMBER })).status,
    ).toBe(204);
  });

  it('serves late subscribers the whole turn while it runs, and a second POST meanwhile is a 409', async () => {
    const chatId = randomUUID();
    const first = await postChat(streaming.server, {
      id: chatId,
      messages: [userMessage('How do I negotiate a salary?')],
    });
    const busy = await json(
      await postChat(streaming.server, { id: chatId, messages: [userMessage('again')] }),
    );
    expect(busy).toMatchObject({ status: 409, body: { error: { code: 'turn_running' } } });
    const [live, joined] = await Promise.all([
      readEvents(first),
      fetch(`${streaming.server.url}/api/chat/${chatId}/stream`, { headers: MEMBER }).then((r) =>
        readEvents(r),
      ),
    ]);
    expect(joined.events).toEqual(live.events);
  });

  it('stops a running turn: the stream ends and the answer is stored incomplete', async () => {
    const chatId = randomUUID();
    const response = await postChat(streaming.server, {
      id: chatId,
      messages: [userMessage('How do I ask for a promotion?')],
    });
    if (!response.body) throw new Error('no body');
    const chunks: DossierChunk[] = [];
    let stopped: Promise<Response> | undefined;
    for await (const event of readSseEvents(response.body)) {
      if (event.data === '[DONE]') break;
      const chunk: DossierChunk = JSON.parse(event.data);
      chunks.push(chunk);
      if (chunk.type === 'text-delta' && !stopped)
        stopped = fetch(`${streaming.server.url}/api/chat/${chatId}/stop`, {
          method: 'POST',
          headers: MEMBER,
        });
    }
    expect((await stopped)?.status).toBe(204);
    expect(chunks.at(-1)?.type).toBe('abort');
    const [, answer] = await streaming.assistant.store.transcript(chatId);
    expect(answer?.status).toBe('incomplete');
    expect(answer?.text.length).toBeGreaterThan(0);
    const reload = await json(
      await fetch(`${streaming.server.url}/api/conversations/${chatId}/messages`, { headers: MEMBER }),
    );
    const text = reload.body.messages[1].parts.find((p: { type: string }) => p.type === 'text');
    expect(text.text).toBe(answer?.text);
    // Stopping again, or someone else's conversation.
    expect(
      (await fetch(`${streaming.server.url}/api/chat/${chatId}/stop`, { method: 'POST', headers: MEMBER }))
        .status,
    ).toBe(204);
    expect(
      (
        await fetch(`${streaming.server.url}/api/chat/${chatId}/stop`, {
          method: 'POST',
          headers: { 'X-Member-Id': '4' },
        })
      ).status,
    ).toBe(403);
  });
});

describe('GET /api/starters', () => {
  it('composes starters for the item in view, 400 for a bad kind, 404 for a missing item', async () => {
    const job = await json(await fetch(`${offline.server.url}/api/starters?kind=job&id=3803052628`));
    expect(job.status).toBe(200);
    expect(job.body.questions[0]).toBe('Am I a good fit for this job?');
    expect(job.body.ui.root.children[0].action).toEqual({
      type: 'send_message',
      text: 'Am I a good fit for this job?',
    });
    expect((await fetch(`${offline.server.url}/api/starters?kind=feed`)).status).toBe(200);
    expect((await fetch(`${offline.server.url}/api/starters?kind=planet&id=1`)).status).toBe(400);
    expect((await fetch(`${offline.server.url}/api/starters?kind=job`)).status).toBe(400);
    expect((await fetch(`${offline.server.url}/api/starters?kind=job&id=1`)).status).toBe(404);
  });
});

describe('closing the hub (shutdown)', () => {
  it('stops the running turns and waits until they are recorded incomplete', async () => {
    const chatId = randomUUID();
    const response = await postChat(streaming.server, {
      id: chatId,
      messages: [userMessage('How do I change careers?')],
    });
    const reading = readEvents(response);
    await streaming.hub.close();
    expect((await streaming.assistant.store.transcript(chatId))[1]?.status).toBe('incomplete');
    expect((await reading).events.at(-1)?.chunk.type).toBe('abort');
  });
});
