import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetwork } from '../network/api/create-network.ts';
import { openTestDatabase } from '../test/open-test-database.ts';
import { createApp } from './create-app.ts';
import { type RunningServer, startServer } from './start-server.ts';

const db = openTestDatabase();
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(createApp(createNetwork(db)), { port: 0, hostname: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
  await db.destroy();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  const body: any = await response.json();
  return { status: response.status, body };
}

describe('HTTP API', () => {
  it('answers health and data attribution', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    const about = await get('/api/about-data');
    expect(about.body.sources.map((s: { licence: { name: string } }) => s.licence.name)).toContain(
      'CC BY 4.0',
    );
  });

  it('searches jobs as {items, total} and returns one by id', async () => {
    const search = await get('/api/jobs?q=Flight%20Software%20Engineer&location=Webster,%20TX&limit=3');
    expect(search.status).toBe(200);
    expect(search.body.items[0].jobId).toBe(3803052628);
    expect(search.body.total).toBeGreaterThan(0);
    expect((await get('/api/jobs/3803052628')).body.title).toBe('Flight Software Engineer');
  });

  it('serves every other route', async () => {
    const post = (await get('/api/posts?limit=2')).body;
    expect(post.items).toHaveLength(2);
    const next = await get(`/api/posts?limit=2&cursor=${post.nextCursor}`);
    expect(next.body.items[0].slug).not.toBe(post.items[0].slug);
    for (const path of [
      `/api/posts/${post.items[0].slug}`,
      '/api/posts/search?q=design',
      '/api/companies/11056',
      '/api/companies/11056/jobs',
      '/api/companies?q=software&limit=2',
      '/api/members?q=python&location=NY',
      '/api/members/1',
      '/api/members/1/connections?limit=5',
      '/api/articles?q=resume',
      '/api/articles/interview/resume',
      '/api/jobs/3803052628/similar?limit=3',
      '/api/jobs/3803052628/skill-gap?memberId=1',
      '/api/occupations?title=nurse',
      '/api/occupations/15-1252.00/skills?hotOnly=true',
      '/api/occupations/15-1252.00?taskLimit=3',
      '/api/salaries?title=engineer&location=CA',
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
    const response = await fetch(`${server.url}/api/skills/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Python and SQL' }),
    });
    expect(response.status).toBe(200);
  });

  it('reads a post whose slug has capitals and one with underscores and dots', async () => {
    const hiring = await get('/api/posts/2015-02-25-We-Are-Hiring');
    expect(hiring.status).toBe(200);
    expect(hiring.body.slug).toBe('2015-02-25-We-Are-Hiring');
    expect((await get('/api/posts/2016-02-18-analytics.usa.gov-agency-specific-dashboards')).status).toBe(
      200,
    );
    expect((await get('/api/posts/2015-02-25-we-are-hiring')).status).toBe(404);
  });

  it('shows private fields only to the member named by X-Member-Id', async () => {
    expect((await get('/api/members/1')).body.private).toBeNull();
    expect((await get('/api/members/1', { 'X-Member-Id': '2' })).body.private).toBeNull();
    expect((await get('/api/members/1', { 'X-Member-Id': '1' })).body.private.email).toContain('@');
  });

  it.each([
    ['/api/jobs/1', 404, 'not_found', '1'],
    ['/api/companies/999999999', 404, 'not_found', '999999999'],
    ['/api/posts/no-such-post', 404, 'not_found', 'no-such-post'],
    ['/api/members/99999999', 404, 'not_found', '99999999'],
    ['/api/nowhere', 404, 'route_not_found', '/api/nowhere'],
    ['/api/jobs/abc', 400, 'invalid_input', 'job_id'],
    ['/api/jobs/-5', 400, 'invalid_input', 'job_id'],
    ['/api/jobs?limit=0', 400, 'invalid_input', 'limit'],
    ['/api/jobs?limit=101', 400, 'invalid_input', 'limit'],
    ['/api/jobs?limit=ten', 400, 'invalid_input', 'limit'],
    ['/api/jobs?remote=maybe', 400, 'invalid_input', 'remote'],
    ['/api/jobs?workType=SOMETIMES', 400, 'invalid_input', 'workType'],
    ['/api/jobs?postedAfter=2024-13-45', 400, 'invalid_input', 'postedAfter'],
    ['/api/jobs?bogus=1', 400, 'invalid_input', 'bogus'],
    ['/api/jobs?limit=1&limit=2', 400, 'invalid_input', 'limit'],
    [`/api/jobs?q=${'x'.repeat(501)}`, 400, 'invalid_input', 'q'],
    ['/api/posts?cursor=garbage', 400, 'invalid_input', 'cursor'],
    ['/api/posts/not%20a%20slug', 400, 'invalid_input', 'slug'],
    ['/api/posts/.hidden', 400, 'invalid_input', 'slug'],
    [`/api/posts/${'a'.repeat(201)}`, 400, 'invalid_input', 'slug'],
    ['/api/occupations/abc/skills', 400, 'invalid_input', 'onet_code'],
    ['/api/occupations/abc', 400, 'invalid_input', 'onet_code'],
    ['/api/occupations/99-9999.99', 404, 'not_found', '99-9999.99'],
    ['/api/salaries', 400, 'invalid_input', 'title'],
    ['/api/jobs/3803052628/skill-gap', 400, 'invalid_input', 'memberId'],
  ])('GET %s → %i %s naming %s', async (path, status, code, named) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toContain(named);
  });

  it('rejects a malformed X-Member-Id and bad bodies', async () => {
    const response = await get('/api/members/1', { 'X-Member-Id': 'admin' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('X-Member-Id');
    const post = (body: string) =>
      fetch(`${server.url}/api/skills/extract`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ text: 5 }))).status).toBe(400);
    expect((await post(JSON.stringify({ text: 'x'.repeat(70_000) }))).status).toBe(413);
  });

  it('mounts the chat API and the OpenAI-compatible face only with an assistant (see chat/ and openai/ tests)', async () => {
    for (const path of ['/api/chat', '/v1/chat/completions']) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status, path).toBe(404);
    }
  });
});
