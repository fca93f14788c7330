import { createNetwork } from '../network/api/create-network.ts';
import { openTestDatabase } from '../test/open-test-database.ts';
import { createDefaultSkills } from './catalog/default-skills.ts';
import { createSkillRegistry } from './create-skill-registry.ts';
import { createBundledWebSearch } from './web-search/create-bundled-web-search.ts';

/** The default skills over the shared test database, for tests (bundled web search, fresh metrics). */
export function createTestRegistry() {
  const db = openTestDatabase();
  const network = createNetwork(db);
  const registry = createSkillRegistry({
    network,
    skills: createDefaultSkills({ webSearch: createBundledWebSearch() }),
  });
  return { db, network, registry };
}
