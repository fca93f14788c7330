import { afterAll, describe, expect, it } from 'vitest';
import { createTestRegistry } from '../../skills/test-network.ts';
import { createChatAssistant } from '../chat/testing/create-chat-assistant.ts';
import { serveTestApp } from '../testing/serve-app.ts';
import { mountedOperations, toOpenApiPath } from './build-openapi-document.ts';

// With the assistant, so the chat API and the OpenAI-compatible face are mounted too.
const skills = createTestRegistry();
const assistant = await createChatAssistant({ network: skills.network, registry: skills.registry });
afterAll(async () => {
  await assistant.close();
  await skills.db.destroy();
});
const { app, server } = await serveTestApp({}, assistant);
// biome-ignore lint/suspicious/noExplicitAny: the document is read as plain JSON
const document: any = await (await fetch(`${server.url}/api/openapi.json`)).json();

describe('OpenAPI description', () => {
  it('describes every mounted route, none of them as undocumented', () => {
    const mounted = mountedOperations(app).map(({ method, path }) => `${method} ${toOpenApiPath(path)}`);
    const described = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toEqual([...new Set(mounted)].sort());
    const undocumented = described.filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return document.paths[path][method.toLowerCase()]['x-undocumented'];
    });
    expect(undocumented).toEqual([]);
    expect(mounted).toEqual(
      expect.arrayContaining(['GET /api/jobs/{job_id}', 'POST /api/session', 'GET /metrics']),
    );
  });

  it('carries the zod schemas: query parameters under their client names, path parameters, JSON bodies', () => {
    const search = document.paths['/api/jobs'].get;
    expect(search.summary).toBe('search job postings; filters');
    const names = search.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
    expect(names).toEqual(expect.arrayContaining(['query:q', 'query:limit', 'query:workType']));
    expect(names).not.toContain('query:query');
    const limit = search.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', maximum: 100 });
    expect(document.paths['/api/jobs/{job_id}'].get.parameters).toEqual([
      expect.objectContaining({ name: 'job_id', in: 'path', required: true }),
    ]);
    const signIn = document.paths['/api/session'].post;
    expect(signIn.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: ['memberId'],
      additionalProperties: false,
    });
    expect(document.paths['/api/skills/extract'].post.requestBody).toBeDefined();
  });

  it('renders a readable page that needs no network', async () => {
    const response = await fetch(`${server.url}/api/docs`);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!127)/);
    for (const path of Object.keys(document.paths))
      expect(html).toContain(`<code>${path.replace(/&/g, '&#38;')}</code>`);
  });
});
