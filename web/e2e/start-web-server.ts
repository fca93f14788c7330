import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrlFromEnv, isPostgresUrl, openDatabase } from '../../src/network/db/open-database.ts';
import { openAssistant } from '../../src/pipeline/open-assistant.ts';
import { createTurnHub } from '../../src/server/chat/create-turn-hub.ts';
import { createApp } from '../../src/server/create-app.ts';
import { createServerOperations } from '../../src/server/middleware/server-operations.ts';
import { startServer } from '../../src/server/start-server.ts';
import { ensureWebAppBuilt } from '../tooling/ensure-web-app-built.ts';

/** The SQLite file `npm start` would use (DATABASE_URL or var/dossier.sqlite) when it exists, else the test database. */
export function localDatabasePath(): string {
  const configured = databaseUrlFromEnv();
  return !isPostgresUrl(configured) && existsSync(configured) ? configured : 'var/test.sqlite';
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The whole app as `npm start` runs it (the built web app, the HTTP API and the real assistant,
 * offline engine answering) on a free port, over a copy of `databasePath`: conversations and
 * feedback are written, and the source database stays as it was.
 */
export async function startWebServer({
  databasePath,
  env = { LOG_LEVEL: 'warn' },
}: {
  databasePath: string;
  /** The server's environment: no LLM endpoints here, so every role is offline. */
  env?: NodeJS.ProcessEnv;
}): Promise<WebServer> {
  await ensureWebAppBuilt('stale');
  const folder = mkdtempSync(join(tmpdir(), 'dossier-web-'));
  const copy = join(folder, 'dossier.sqlite');
  copyFileSync(databasePath, copy);
  if (existsSync(`${databasePath}-wal`)) copyFileSync(`${databasePath}-wal`, `${copy}-wal`);
  const db = openDatabase({ url: copy });
  const assistant = await openAssistant(db, { env });
  const hub = createTurnHub(assistant.pipeline);
  // Wired as `dossier serve` wires it: the chat and /v1 routes behind the same middleware.
  const app = createApp(assistant.network, createServerOperations({ env }), { ...assistant, hub });
  const server = await startServer(app, { port: 0, hostname: '127.0.0.1' });
  return {
    url: server.url,
    async close() {
      await hub.close();
      await server.close();
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
