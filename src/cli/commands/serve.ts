import { parseArgs } from 'node:util';
import { createNetwork } from '../../network/api/create-network.ts';
import { databaseUrlFromEnv, isPostgresUrl, openDatabase } from '../../network/db/open-database.ts';
import { buildDatabase, databaseExists } from '../../network/import/ensure-database.ts';
import { createApp } from '../../server/create-app.ts';
import { startServer } from '../../server/start-server.ts';
import { createStepBars } from '../progress-bars.ts';

/**
 * `dossier serve` (npm start): imports the bundled data first if the database is missing, then
 * serves the HTTP API on PORT (default 3000) until SIGINT/SIGTERM.
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
  const server = await startServer(createApp(createNetwork(db)), { port, hostname: values.host });
  console.log(`dossier listening on ${server.url} (database ${shown})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      console.error(`${signal}: shutting down`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await db.destroy();
  return 0;
}
