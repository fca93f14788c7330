import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../../network/api/create-network.ts';
import { memberViewer } from '../../network/api/viewer.ts';
import { createWebSearchSkill } from '../catalog/web-search.ts';
import { createSkillRegistry } from '../create-skill-registry.ts';
import { createBraveWebSearch } from './create-brave-web-search.ts';
import { webSearchProviderFromEnv } from './web-search-provider-from-env.ts';

// A local server stands in for api.search.brave.com, answering with a recorded-style response
// (the documented shape: {type: "search", query, web: {type, results: [{title, url, description, ...}]}}).

const RECORDED = {
  type: 'search',
  query: { original: 'salary negotiation tips', more_results_available: true },
  web: {
    type: 'search',
    results: [
      {
        title: 'How to Negotiate Your <strong>Salary</strong>',
        url: 'https://example.org/negotiate',
        description: 'Research the market rate, then ask for &quot;a bit more&quot; &amp; explain why.',
        is_source_local: false,
        profile: { name: 'Example', url: 'https://example.org' },
        language: 'en',
      },
      { title: 'Negotiation 101', url: 'https://example.com/101', description: 'Anchor first.' },
      { title: 'Third', url: 'https://example.net/3', description: 'More.' },
    ],
  },
  mixed: { type: 'mixed', main: [] },
};

let requests: IncomingMessage[] = [];
let status = 200;
const server = createServer((request, response) => {
  requests.push(request);
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(status === 200 ? RECORDED : { error: 'rate limited' }));
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

function registryOver(base: string) {
  const skill = createWebSearchSkill(createBraveWebSearch({ apiKey: 'test-key', baseUrl: base }));
  return createSkillRegistry({ network: {} as Network, skills: [skill] });
}
const viewer = memberViewer(1);

describe('Brave web search', () => {
  it('sends the documented request and maps the results', async () => {
    requests = [];
    status = 200;
    const result = await registryOver(baseUrl).invoke(
      'web_search',
      { query: 'salary negotiation tips', count: 2 },
      { viewer },
    );
    const request = requests[0];
    const url = new URL(request?.url ?? '', baseUrl);
    expect(url.pathname).toBe('/res/v1/web/search');
    expect(url.searchParams.get('q')).toBe('salary negotiation tips');
    expect(url.searchParams.get('count')).toBe('2');
    expect(request?.headers['x-subscription-token']).toBe('test-key');
    expect(request?.headers.accept).toBe('application/json');
    expect(result).toMatchObject({
      ok: true,
      output: {
        engine: 'brave',
        results: [
          {
            title: 'How to Negotiate Your Salary',
            url: 'https://example.org/negotiate',
            snippet: 'Research the market rate, then ask for "a bit more" & explain why.',
          },
          { title: 'Negotiation 101', url: 'https://example.com/101', snippet: 'Anchor first.' },
        ],
      },
    });
    expect(result.ok && result.rendered).toContain('[url https://example.org/negotiate]');
  });

  it('reports HTTP errors and unreachable servers as unavailable', async () => {
    status = 429;
    const limited = await registryOver(baseUrl).invoke('web_search', { query: 'x' }, { viewer });
    expect(limited).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('429') },
    });
    const unreachable = await registryOver('http://127.0.0.1:1').invoke(
      'web_search',
      { query: 'x' },
      { viewer },
    );
    expect(unreachable).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('is chosen by DOSSIER_WEB_SEARCH=brave with BRAVE_API_KEY', () => {
    expect(webSearchProviderFromEnv({}).name).toBe('bundled');
    expect(webSearchProviderFromEnv({ DOSSIER_WEB_SEARCH: 'brave', BRAVE_API_KEY: 'k' }).name).toBe('brave');
    expect(() => webSearchProviderFromEnv({ DOSSIER_WEB_SEARCH: 'brave' })).toThrow(/BRAVE_API_KEY/);
    expect(() => webSearchProviderFromEnv({ DOSSIER_WEB_SEARCH: 'bing' })).toThrow(/bundled/);
  });
});
