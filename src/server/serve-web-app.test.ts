import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './serve-web-app.ts';

const dist = mkdtempSync(join(tmpdir(), 'dossier-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Dossier</title>');
writeFileSync(join(dist, 'assets/index-abc.js'), 'console.log(1)');
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const app = new Hono().route('/', serveWebApp({ dist })).all('*', (c) => c.text('the API', 404));

describe('serveWebApp', () => {
  it('serves pages as the app, assets cached for good, other files revalidated', async () => {
    for (const page of [
      '/',
      '/jobs/3803052628',
      '/posts/2016-02-18-analytics.usa.gov-agency-specific-dashboards',
    ]) {
      const response = await app.request(page);
      expect(response.status, page).toBe(200);
      expect(await response.text()).toContain('<title>Dossier</title>');
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
    const asset = await app.request('/assets/index-abc.js');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await app.request('/favicon.svg')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it('answers 404 for missing files and leaves API paths to the API', async () => {
    for (const path of ['/assets/gone.js', '/favicon.ico', '/robots.txt', '/api/nothing', '/healthz']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<title>');
    }
  });

  it('says the app is not built with a 503 for pages, not a bare 404', async () => {
    const unbuilt = new Hono().route('/', serveWebApp({ dist: join(dist, 'nowhere') }));
    const page = await unbuilt.request('/', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:web');
    expect((await unbuilt.request('/api/jobs')).status).toBe(404);
  });
});
