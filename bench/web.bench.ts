import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import { createStepBars } from '../src/cli/progress-bars.ts';
import { percentile } from '../src/llm/metrics/percentile.ts';
import { serveWebApp, WEB_APP_DIST } from '../src/server/serve-web-app.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { launchChromium } from '../web/e2e/launch-chromium.ts';
import { localDatabasePath, startWebServer, type WebServer } from '../web/e2e/start-web-server.ts';
import { buildForProduction } from '../web/tooling/ensure-web-app-built.ts';
import webAppConfig from '../web/vite.config.ts';
import type { Benchmark } from './benchmarks.ts';

const LOADS = 10;
const BASELINE = 'baseline: bare React 19 app';
const REPO = resolve(import.meta.dirname, '..');

// The baseline: one component, built with the app's own Vite config (same plugin-react, target).
const BARE_INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare</title></head>' +
  '<body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>';
const BARE_MAIN_TSX = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  return <h1>Hello from a bare React app</h1>;
}

createRoot(document.getElementById('root') as HTMLElement).render(<StrictMode><Hello /></StrictMode>);
`;

/** Builds the bare React app into a temporary folder (react resolved from the repo's node_modules). */
async function buildBareReactApp(folder: string): Promise<string> {
  writeFileSync(join(folder, 'index.html'), BARE_INDEX_HTML);
  writeFileSync(join(folder, 'main.tsx'), BARE_MAIN_TSX);
  symlinkSync(join(REPO, 'node_modules'), join(folder, 'node_modules'), 'dir');
  await buildForProduction({ ...webAppConfig, root: folder, configFile: false, logLevel: 'silent' });
  return join(folder, 'dist');
}

interface Bytes {
  raw: number;
  gzip: number;
}

/** Raw and gzip (zlib's default level 6) bytes of built files, JS and CSS apart. */
function assetBytes(dist: string, paths: Iterable<string>): { js: Bytes; css: Bytes } {
  const totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const path of paths) {
    const content = readFileSync(join(dist, path));
    const kind = path.endsWith('.css') ? totals.css : totals.js;
    kind.raw += content.length;
    kind.gzip += gzipSync(content).length;
  }
  return totals;
}

/** The scripts, module preloads and stylesheets index.html names: what every first load fetches. */
function entryAssets(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].flatMap((m) => m[1] ?? []);
}

/** What one page load is waited for: selectors whose first visible match is timed, besides FCP. */
interface Target {
  name: string;
  url: string;
  dist: string;
  milestones: Record<string, string>;
  /** JS and CSS paths the page fetched, recorded on the warm-up load. */
  fetched: Set<string>;
}

const marksSchema = z.record(z.string(), z.number());

/** The browser APIs the in-page code uses, typed here: the root tsconfig has no DOM library. */
interface InPage {
  document: { querySelector(selector: string): { checkVisibility(): boolean } | null };
  MutationObserver: new (
    onChange: () => void,
  ) => { observe(target: unknown, options: { subtree: boolean; childList: boolean }): void };
  PerformanceObserver: new (
    onEntries: (list: { getEntries(): { name: string; startTime: number }[] }) => void,
  ) => { observe(options: { type: string; buffered: boolean }): void };
  performance: { now(): number };
  dossierMarks?: Record<string, number>;
}

/**
 * Installed before any page script: records first-contentful-paint and, for each milestone, the
 * time (ms since navigation start, as FCP) its selector first matches a visible element.
 */
function recordMilestones(milestones: Record<string, string>) {
  const page = globalThis as unknown as InPage;
  const marks: Record<string, number> = {};
  page.dossierMarks = marks;
  // No named inner functions: tsx would wrap them in a `__name` helper the page does not have.
  new page.MutationObserver(() => {
    for (const [name, selector] of Object.entries(milestones))
      if (!(name in marks) && page.document.querySelector(selector)?.checkVisibility())
        marks[name] = page.performance.now();
  }).observe(page.document, { subtree: true, childList: true });
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** One cold load in a fresh browser context (empty cache): the milestones' times in ms. */
async function coldLoad(browser: Browser, target: Target, record: boolean): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(recordMilestones, target.milestones);
    if (record)
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') target.fetched.add(new URL(response.url()).pathname);
      });
    await page.goto(target.url, { waitUntil: 'commit' });
    const expected = ['fcp', ...Object.keys(target.milestones)];
    const marks = await page
      .waitForFunction(
        (names) => {
          const marks = (globalThis as unknown as InPage).dossierMarks;
          return marks && names.every((name) => name in marks) ? marks : undefined;
        },
        expected,
        { timeout: 30_000 },
      )
      .catch((error: unknown) => {
        throw new Error(
          `${target.name}: ${String(error)}; errors in the page: ${errors.join('; ') || 'none'}`,
        );
      });
    return marksSchema.parse(await marks.jsonValue());
  } finally {
    await context.close();
  }
}

const kilobytes = (bytes: number) => Number((bytes / 1024).toFixed(1));
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/**
 * The web app's cost to a visitor: the JS and CSS a first load needs (raw and gzip) and how soon
 * the feed and a job page paint, show their content and the assistant's starter questions in
 * Chromium, each against a bare React 19 app built and served the same way in the same run.
 */
async function run({ signal }: { signal: AbortSignal }) {
  const databasePath = localDatabasePath();
  const folder = mkdtempSync(join(tmpdir(), 'dossier-web-bench-'));
  let app: WebServer | undefined;
  let bare: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    const bareDist = await buildBareReactApp(folder);
    [app, bare, browser] = await Promise.all([
      startWebServer({ databasePath }),
      startServer(new Hono().route('/', serveWebApp({ dist: bareDist })), { port: 0, hostname: '127.0.0.1' }),
      launchChromium(),
    ]);
    const jobs = z
      .object({ items: z.array(z.object({ jobId: z.number() })).min(1) })
      .parse(await (await fetch(`${app.url}/api/jobs?limit=1`, { signal })).json());
    const jobPath = `/jobs/${jobs.items[0]?.jobId}`;
    const starters = '.assistant-panel .starters button';
    const targets: Target[] = [
      { name: BASELINE, url: `${bare.url}/`, dist: bareDist, milestones: {}, fetched: new Set() },
      {
        name: 'feed /',
        url: `${app.url}/`,
        dist: WEB_APP_DIST,
        milestones: { content: '.post-card', starters },
        fetched: new Set(),
      },
      {
        name: `job ${jobPath}`,
        url: `${app.url}${jobPath}`,
        dist: WEB_APP_DIST,
        milestones: { content: 'h1#job-title', starters },
        fetched: new Set(),
      },
    ];
    console.log(
      `database ${databasePath}; ${LOADS} cold loads per page (fresh context each, after one warm-up), ` +
        'interleaved; Chromium headless, 1280×900, localhost, no throttling\n',
    );

    const samples = new Map(targets.map((t) => [t.name, [] as Record<string, number>[]]));
    const bars = createStepBars();
    const bar = bars.onStep('cold loads');
    bar.total((LOADS + 1) * targets.length);
    try {
      for (let round = 0; round <= LOADS && !signal.aborted; round++)
        for (const target of targets) {
          const marks = await coldLoad(browser, target, round === 0);
          // Round 0 warms up the server (JIT, SQLite pages) and Chromium, and records what is fetched.
          if (round > 0) samples.get(target.name)?.push(marks);
          bar.advance();
        }
    } finally {
      bars.stop();
    }
    if (signal.aborted) return;

    const [baseline] = targets;
    if (!baseline) return;
    const base = assetBytes(bareDist, entryAssets(bareDist));
    const baseTotal = base.js.gzip + base.css.gzip;
    const sizes: Record<string, Record<string, string | number>> = {};
    const sizeRow = (name: string, bytes: { js: Bytes; css: Bytes }) => {
      sizes[name] = {
        'JS KB': kilobytes(bytes.js.raw),
        'JS gzip KB': kilobytes(bytes.js.gzip),
        'CSS KB': kilobytes(bytes.css.raw),
        'CSS gzip KB': kilobytes(bytes.css.gzip),
        'JS gzip ratio': ratio(bytes.js.gzip, base.js.gzip),
        'JS+CSS gzip ratio': ratio(bytes.js.gzip + bytes.css.gzip, baseTotal),
      };
    };
    sizeRow(`${BASELINE}, index.html's assets`, base);
    sizeRow("Dossier, index.html's assets", assetBytes(WEB_APP_DIST, entryAssets(WEB_APP_DIST)));
    for (const target of targets.slice(1))
      sizeRow(`Dossier, fetched by a load of ${target.name}`, assetBytes(target.dist, target.fetched));
    console.log('\nJS and CSS a first load needs (KB = 1024 bytes; gzip level 6):');
    console.table(sizes);

    const times = (name: string, milestone: string) =>
      (samples.get(name) ?? []).map((marks) => marks[milestone] ?? Number.NaN);
    const baseFcp = percentile(times(baseline.name, 'fcp'), 50);
    const renders: Record<string, Record<string, string | number>> = {};
    const labels: Record<string, string> = {
      fcp: 'first contentful paint',
      content: 'content visible',
      starters: 'starter questions visible',
    };
    for (const target of targets)
      for (const milestone of ['fcp', ...Object.keys(target.milestones)]) {
        const values = times(target.name, milestone);
        const median = percentile(values, 50);
        renders[`${target.name}: ${labels[milestone] ?? milestone}`] = {
          'median ms': Math.round(median),
          'p90 ms': Math.round(percentile(values, 90)),
          'ratio to baseline FCP': ratio(median, baseFcp),
        };
      }
    console.log(
      '\nFirst render, ms since navigation start (content: the first post card, or the job heading):',
    );
    console.table(renders);
  } finally {
    await browser?.close();
    await bare?.close();
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export const webBenchmark: Benchmark = {
  name: 'web',
  description:
    'the web app: JS/CSS a first load needs and first render in Chromium (feed, job page), vs a bare React 19 app',
  run,
};
