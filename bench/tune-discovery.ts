import { resolve } from 'node:path';
import type { Network } from '../src/network/api/create-network.ts';
import { openDatabase } from '../src/network/db/open-database.ts';
import { createDefaultSkills } from '../src/skills/catalog/default-skills.ts';
import type { DiscoveryWeights } from '../src/skills/create-skill-index.ts';
import { createSkillRegistry } from '../src/skills/create-skill-registry.ts';
import { loadDiscoveryDevSet, measureDiscoveryRecall, splitDevSet } from '../src/skills/discovery-dev-set.ts';
import { createBundledWebSearch } from '../src/skills/web-search/create-bundled-web-search.ts';
import { loadCompanyNames } from './load-company-names.ts';

// Chooses the discovery weights (create-skill-index.ts DEFAULT_DISCOVERY_WEIGHTS) by grid search on
// the training part of the dev set, best recall@3 then recall@1, and prints the validation figures
// of the best few. The held-out sets are not read. Run: npx tsx bench/tune-discovery.ts

const STEP = 0.1;
const CUE_WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5];

async function main() {
  const db = openDatabase({ url: resolve(import.meta.dirname, '../var/test.sqlite') });
  const companyNames = await loadCompanyNames(db);
  await db.destroy();
  const registry = createSkillRegistry({
    network: {} as Network,
    skills: createDefaultSkills({ webSearch: createBundledWebSearch() }),
    companyNames,
  });
  const { training, validation } = splitDevSet(loadDiscoveryDevSet());
  const results: { weights: DiscoveryWeights; train3: number; train1: number }[] = [];
  const steps = Math.round(1 / STEP);
  for (let k = 0; k <= steps; k += 1) {
    for (let e = 0; k + e <= steps; e += 1) {
      for (const cue of CUE_WEIGHTS) {
        const weights = { keyword: k * STEP, embedding: e * STEP, examples: (steps - k - e) * STEP, cue };
        const measure = (at: number) =>
          measureDiscoveryRecall(registry, training, { k: at, method: 'combined', weights }).recall;
        results.push({ weights, train3: measure(3), train1: measure(1) });
      }
    }
  }
  results.sort((a, b) => b.train3 - a.train3 || b.train1 - a.train1);
  console.log(
    `training ${training.length} cases, validation ${validation.length}; ${results.length} weightings`,
  );
  for (const { weights, train3, train1 } of results.slice(0, 10)) {
    const valid = (at: number) =>
      measureDiscoveryRecall(registry, validation, { k: at, method: 'combined', weights }).recall.toFixed(3);
    console.log(
      JSON.stringify(weights, (_, value) => (typeof value === 'number' ? Number(value.toFixed(2)) : value)),
      `train @3 ${train3.toFixed(3)} @1 ${train1.toFixed(3)}; validation @3 ${valid(3)} @1 ${valid(1)}`,
    );
  }
}

await main();
