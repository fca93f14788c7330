import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { type ErrorBody, respondToError } from '../http-errors.ts';
import { startServer } from '../start-server.ts';
import { createServerOperations, installServerMiddleware } from './server-operations.ts';

const operations = createServerOperations({
  env: {
    NODE_ENV: 'test',
    DOSSIER_RATE_LIMIT_TURNS_PER_MINUTE: '2',
    DOSSIER_RATE_LIMIT_REQUESTS_PER_MINUTE: '4',
  },
});
const app = new Hono();
installServerMiddleware(app, operations);
app
  .post('/api/chat', (c) => c.json({ turn: true }))
  .post('/v1/chat/completions', (c) => c.json({ turn: true }))
  .get('/api/thing', (c) => c.json({ ok: true }))
  .post('/api/echo', async (c) => c.json(await c.req.json()))
  .get('/metrics', (c) => c.text('not limited'))
  .onError(respondToError);
const server = await startServer(app, { port: 0, hostname: '127.0.0.1' });
afterAll(() => server.close());

const call = (path: string, method = 'GET', headers: Record<string, string> = {}, body?: string) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('rate limits', () => {
  it('allows N chat turns per minute per member, then 429 with Retry-After', async () => {
    const member = { 'X-Member-Id': '5' };
    expect((await call('/api/chat', 'POST', member, '{}')).status).toBe(200);
    expect((await call('/v1/chat/completions', 'POST', member, '{}')).status).toBe(200);
    const limited = await call('/api/chat', 'POST', member, '{}');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited.json()) as ErrorBody;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/at most 2 per minute for member 5; retry in \d+ s/);
    // Another member, and the looser limit on other routes, are counted apart.
    expect((await call('/api/chat', 'POST', { 'X-Member-Id': '6' }, '{}')).status).toBe(200);
    expect((await call('/api/thing', 'GET', member)).status).toBe(200);
  });

  it('limits anonymous clients by address, and leaves /metrics alone', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call('/api/thing')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(((await (await call('/api/thing')).json()) as ErrorBody).error.message).toContain(
      'address 127.0.0.1',
    );
    for (let i = 0; i < 6; i++) expect((await call('/metrics')).status).toBe(200);
  });
});

describe('body size limit', () => {
  it('answers 413 with a clear message over 64 KB', async () => {
    const member = { 'X-Member-Id': '9' };
    expect(
      (await call('/api/echo', 'POST', member, JSON.stringify({ text: 'x'.repeat(60_000) }))).status,
    ).toBe(200);
    const response = await call('/api/echo', 'POST', member, JSON.stringify({ text: 'x'.repeat(70_000) }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'payload_too_large' });
    expect(body.error.message).toContain('65536 bytes (64 KB)');
  });
});
