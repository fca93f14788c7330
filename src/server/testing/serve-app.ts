import type { Hono } from 'hono';
import { afterAll } from 'vitest';
import { createNetwork } from '../../network/api/create-network.ts';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { type AppAssistant, createApp } from '../create-app.ts';
import { createServerOperations, type ServerOperations } from '../middleware/server-operations.ts';
import { type RunningServer, startServer } from '../start-server.ts';

/**
 * The app over the shared test database, served on a free port for the rest of the test file, with
 * its operations built from `env` (NODE_ENV=test keeps logs quiet) plus `readiness`/`registries`.
 */
export async function serveTestApp(
  options: Parameters<typeof createServerOperations>[0] = {},
  /** Mounts the chat API and the OpenAI-compatible face. */
  assistant?: AppAssistant,
): Promise<{
  app: Hono;
  server: RunningServer;
  operations: ServerOperations;
  db: ReturnType<typeof openTestDatabase>;
}> {
  const db = openTestDatabase();
  const operations = createServerOperations({ ...options, env: { NODE_ENV: 'test', ...options.env } });
  const app = createApp(createNetwork(db), operations, assistant);
  const server = await startServer(app, { port: 0, hostname: '127.0.0.1' });
  afterAll(async () => {
    await server.close();
    await db.destroy();
  });
  return { app, server, operations, db };
}
