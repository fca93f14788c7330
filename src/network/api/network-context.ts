import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** What every API runs against. */
export interface NetworkContext {
  db: Kysely<Database>;
  /** Taxonomy skills named in free text; the vocabulary loads on first use. */
  extractSkills(text: string, signal: AbortSignal): Promise<string[]>;
}
