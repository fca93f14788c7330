import { parseArgs } from 'node:util';
import { databaseUrlFromEnv, isPostgresUrl, openDatabase } from '../../network/db/open-database.ts';
import { buildDatabase, databaseExists } from '../../network/import/ensure-database.ts';
import { openAssistant } from '../../pipeline/open-assistant.ts';
import { createTurnHub } from '../../server/chat/create-turn-hub.ts';
import { createApp } from '../../server/create-app.ts';
import { assistantReadinessChecks } from '../../server/middleware/readiness-checks.ts';
import { createServerOperations } from '../../server/middleware/server-operations.ts';
import { startServer } from '../../server/start-server.ts';
import { createStepBars } from '../progress-bars.ts';

/**
 * `dossier serve` (npm start): imports the bundled data first if the database is missing, then
 * serves the HTTP API on PORT (default 3000) until SIGINT/SIGTERM, then shuts down gracefully
 * (DOSSIER_SHUTDOWN_GRACE_MS for open streams; src/server/README.md).
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`invalid port: ${values.port ?? process.env.PORT}`);
    return 2;
  }
  const url = databaseUrlFromEnv();
  const shown = isPostgresUrl(url) ? url.replace(/\/\/[^@/]*@/, '//***@') : url;
  if (!(await databaseExists(url))) {
    console.error(`no database at ${shown}: importing the bundled data first`);
    const controller = new AbortController();
    const abort = () => controller.abort();
    process.once('SIGINT', abort);
    const bars = createStepBars();
    const report = await buildDatabase({ url, onStep: bars.onStep, signal: controller.signal }).finally(
      () => {
        bars.stop();
        process.off('SIGINT', abort);
      },
    );
    console.error(`imported in ${(report.ms / 1000).toFixed(1)}s`);
  }
  const db = openDatabase({ url });
  // Before the assistant: the LLM metrics take their OpenTelemetry meter when first created.
  const operations = createServerOperations({ readiness: assistantReadinessChecks(db) });
  const assistant = await openAssistant(db);
  operations.metrics.include(assistant.registry.metrics.registry);
  const hub = createTurnHub(assistant.pipeline);
  // When the grace period is over, running turns stop and are recorded before the database closes.
  operations.shutdown.onEnd(() => hub.close());
  // Listening for the signals before the port opens: a SIGTERM right after /readyz first answers
  // still shuts down gracefully instead of killing the process.
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const server = await startServer(createApp(assistant.network, operations, { ...assistant, hub }), {
    port,
    hostname: values.host,
    shutdown: operations.shutdown,
  });
  console.log(`dossier listening on ${server.url} (database ${shown})`);
  const signal = await stopRequested;
  // Not ready at once; streams get the grace period, then end; the database closes last.
  operations.logger.info(
    { signal, graceMs: operations.shutdown.graceMs, openStreams: operations.shutdown.streams.open },
    'shutting down',
  );
  await server.close();
  await db.destroy();
  operations.logger.info('stopped');
  return 0;
}
