import { Writable } from 'node:stream';
import { Hono } from 'hono';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { respondToError } from '../http-errors.ts';
import { startServer } from '../start-server.ts';
import { requestLog } from './request-log.ts';
import { createSessionCookies } from './session.ts';

const lines: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  }),
);
const app = new Hono()
  .use(requestLog(logger))
  .use(createSessionCookies({ secret: 'x'.repeat(32), trustMemberHeader: true, logger }).middleware)
  .get('/api/ok', (c) => c.json({ ok: true }))
  .get('/api/boom', () => {
    throw new Error('internal detail');
  })
  .onError(respondToError);
const server = await startServer(app, { port: 0, hostname: '127.0.0.1' });
afterAll(() => server.close());

describe('request ids and logs', () => {
  it('echoes a well-formed X-Request-Id and logs one line per request', async () => {
    const response = await fetch(`${server.url}/api/ok`, {
      headers: { 'X-Request-Id': 'abc-123', 'X-Member-Id': '7' },
    });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    await expect
      .poll(() => lines.find((l) => l.requestId === 'abc-123'))
      .toMatchObject({
        msg: 'request',
        method: 'GET',
        path: '/api/ok',
        status: 200,
        member: 7,
      });
    const line = lines.find((l) => l.requestId === 'abc-123');
    expect(typeof line?.ms).toBe('number');
  });

  it('generates an id otherwise (and for ids with odd characters) and puts it in error bodies', async () => {
    const response = await fetch(`${server.url}/api/boom`, { headers: { 'X-Request-Id': 'bad id!' } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ error: { code: 'internal', message: 'internal server error', requestId: id } });
    await expect
      .poll(() => lines.filter((l) => l.requestId === id).map((l) => l.msg))
      .toEqual(['unhandled error', 'request']);
    expect(lines.find((l) => l.requestId === id && l.msg === 'request')).toMatchObject({
      status: 500,
      member: null,
    });
  });
});
