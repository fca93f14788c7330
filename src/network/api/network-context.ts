import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { OccupationTitleIndex } from './occupation-title-index.ts';

/** What every API runs against. */
export interface NetworkContext {
  db: Kysely<Database>;
  /** Taxonomy skills named in free text; the vocabulary loads on first use. */
  extractSkills(text: string, signal: AbortSignal): Promise<string[]>;
  /** O*NET titles for title lookup, held in memory; loads on first use. */
  occupationTitles(signal: AbortSignal): Promise<OccupationTitleIndex>;
}
