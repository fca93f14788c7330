import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../http-errors.ts';
import { startServer } from '../start-server.ts';
import { sameOrigin } from './same-origin.ts';

const app = new Hono()
  .use(sameOrigin({ allowedOrigins: ['https://partner.example'] }))
  .post('/api/thing', (c) => c.json({ done: true }))
  .get('/api/thing', (c) => c.json({ read: true }));
const server = await startServer(app, { port: 0, hostname: '127.0.0.1' });
afterAll(() => server.close());

const post = (headers: Record<string, string>, method = 'POST') =>
  fetch(`${server.url}/api/thing`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : '{}',
  });

describe('same-origin protection', () => {
  it('lets API clients without Origin (curl, SDKs) and same-origin browsers through', async () => {
    expect((await post({})).status).toBe(200);
    expect((await post({ Origin: server.url, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await post({ Origin: 'https://partner.example' })).status).toBe(200);
    // Behind a proxy the URL the server sees differs from the browser's, but the Host header matches.
    const host = new URL(server.url).host;
    expect((await post({ Origin: `https://${host}` })).status).toBe(200);
  });

  it('refuses a cross-origin browser POST with 403 and a message, JSON bodies included', async () => {
    const response = await post({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('cross_origin');
    expect(body.error.message).toContain('https://evil.example');
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post({ Origin: 'null' })).status).toBe(403);
  });

  it('leaves reads alone', async () => {
    expect((await post({ Origin: 'https://evil.example' }, 'GET')).status).toBe(200);
  });
});
