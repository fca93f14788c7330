import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';

const WEB = resolve(import.meta.dirname, '..');
const INDEX = join(WEB, 'dist/index.html');
// What the bundle is made of: the app, its page and config, and the shared UI schema it imports.
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'index.html'),
  join(WEB, 'vite.config.ts'),
  resolve(WEB, '../src/ui'),
];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/** Whether web/dist is missing or older than a source of the bundle. */
export function webAppIsStale(): boolean {
  if (!existsSync(INDEX)) return true;
  const built = statSync(INDEX).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestChange(source) > built);
}

/**
 * Builds web/dist with Vite when `when` says so: 'missing' (npm start on a fresh checkout), 'stale'
 * (tests and benchmarks, after an edit) or 'always'. Returns whether it built.
 */
export async function ensureWebAppBuilt(when: 'missing' | 'stale' | 'always' = 'stale'): Promise<boolean> {
  const needed = when === 'always' || (when === 'missing' ? !existsSync(INDEX) : webAppIsStale());
  if (!needed) return false;
  console.error(`building the web app (${when === 'always' ? 'requested' : `web/dist ${when}`})…`);
  await buildForProduction({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

/**
 * `vite build` as production, whatever NODE_ENV the calling process has: Vite follows NODE_ENV, and
 * a test runner sets it to `test`, which would bundle React's development build (43% larger,
 * slower) into web/dist for `npm start` to serve.
 */
export async function buildForProduction(config: InlineConfig): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config, mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

// `node --import tsx web/tooling/ensure-web-app-built.ts [missing|stale|always]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const when = process.argv[2] ?? 'missing';
  if (when !== 'missing' && when !== 'stale' && when !== 'always') {
    console.error(`usage: ensure-web-app-built.ts [missing|stale|always], not ${when}`);
    process.exit(2);
  }
  await ensureWebAppBuilt(when);
}
