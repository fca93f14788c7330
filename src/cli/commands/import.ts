import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { down } from '../../network/db/migrations/001-network.ts';
import { databaseUrlFromEnv, isPostgresUrl, openDatabase } from '../../network/db/open-database.ts';
import { buildDatabase, databaseExists } from '../../network/import/ensure-database.ts';
import { createStepBars } from '../progress-bars.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      database: { type: 'string', short: 'd' },
      force: { type: 'boolean', short: 'f', default: false },
    },
  });
  const url = values.database ?? databaseUrlFromEnv();
  if (await databaseExists(url)) {
    if (!values.force) {
      console.error(`database already imported at ${url}; pass --force to rebuild it`);
      return 1;
    }
    if (isPostgresUrl(url)) {
      const db = openDatabase({ url });
      await down(db);
      await db.schema.dropTable('kysely_migration').ifExists().execute();
      await db.schema.dropTable('kysely_migration_lock').ifExists().execute();
      await db.destroy();
    } else {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${url}${suffix}`, { force: true });
    }
  }
  const bars = createStepBars();
  const report = await buildDatabase({ url, onStep: bars.onStep }).finally(() => bars.stop());
  for (const step of report.steps) {
    const counts = Object.entries(step.counts).map(([table, n]) => `${table} ${n}`);
    console.error(
      `${step.name.padEnd(10)} ${(step.ms / 1000).toFixed(1).padStart(5)}s  ${counts.join(', ')}`,
    );
  }
  console.error(`imported into ${url} in ${(report.ms / 1000).toFixed(1)}s`);
  return 0;
}
