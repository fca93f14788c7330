import type { Kysely } from 'kysely';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { importArticles } from './articles.ts';
import { importCompanies } from './companies.ts';
import type { ImportCounts, ImportStep, StepProgress } from './import-context.ts';
import { importJobs } from './jobs.ts';
import { importMembers } from './members.ts';
import { importPosts } from './posts.ts';
import { importTaxonomy } from './taxonomy.ts';

/** In dependency order: jobs need companies and the taxonomy; members need both; posts need members. */
export const IMPORT_STEPS: readonly ImportStep[] = [
  { name: 'taxonomy', run: importTaxonomy },
  { name: 'companies', run: importCompanies },
  { name: 'jobs', run: importJobs },
  { name: 'members', run: importMembers },
  { name: 'posts', run: importPosts },
  { name: 'articles', run: importArticles },
];

export interface ImportReport {
  steps: { name: string; counts: ImportCounts; ms: number }[];
  ms: number;
}

export interface ImportOptions {
  db: Kysely<Database>;
  dataDir: string;
  signal?: AbortSignal;
  /** Called when a step starts; returns that step's progress sink. */
  onStep?: (name: string) => StepProgress;
}

const silent: StepProgress = { total() {}, advance() {} };

/** Migrates an empty database and fills it from the bundled data, one transaction per step. */
export async function importNetwork({
  db,
  dataDir,
  signal = new AbortController().signal,
  onStep,
}: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  await migrateToLatest(db);
  const steps: ImportReport['steps'] = [];
  for (const step of IMPORT_STEPS) {
    signal.throwIfAborted();
    const stepStarted = performance.now();
    const progress = onStep?.(step.name) ?? silent;
    const counts = await db.transaction().execute((trx) => step.run({ db: trx, dataDir, signal, progress }));
    steps.push({ name: step.name, counts, ms: performance.now() - stepStarted });
  }
  return { steps, ms: performance.now() - started };
}
