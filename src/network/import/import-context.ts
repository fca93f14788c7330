import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Reports one import step's progress: call `total` once the amount of work is known, then `advance`. */
export interface StepProgress {
  total(units: number): void;
  advance(units?: number): void;
}

export interface ImportContext {
  db: Kysely<Database>;
  /** The repository's own `data/` folder: the product never reads the shared data at run time. */
  dataDir: string;
  signal: AbortSignal;
  progress: StepProgress;
}

/** Rows written per table by one step, e.g. `{ jobs: 1165, job_skills: 9876 }`. */
export type ImportCounts = Record<string, number>;

export interface ImportStep {
  name: string;
  run(context: ImportContext): Promise<ImportCounts>;
}
