import { inject } from 'vitest';
import { openDatabase } from '../network/db/open-database.ts';

/** Opens the shared, already-imported test database (built by global-setup.ts). Treat it as read-only. */
export function openTestDatabase() {
  return openDatabase({ url: inject('testDatabasePath') });
}
