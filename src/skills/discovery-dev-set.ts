import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DiscoveryMethod } from './create-skill-index.ts';
import type { SkillCatalog } from './create-skill-registry.ts';

// Discovery sets: member requests, each labelled with the skills a plan for it needs. The dev set
// (discovery-dev-set.jsonl) guided the design of discovery; the held-out set
// (discovery-held-out-set.jsonl) was written after that design and is not to be tuned on. Used by
// the discovery test and the skills benchmark.

export const DISCOVERY_DEV_SET_PATH = resolve(import.meta.dirname, 'discovery-dev-set.jsonl');
export const DISCOVERY_HELD_OUT_SET_PATH = resolve(import.meta.dirname, 'discovery-held-out-set.jsonl');

const entrySchema = z.object({ query: z.string().min(1), skills: z.array(z.string()).min(1).max(3) });
export type DiscoveryCase = z.infer<typeof entrySchema>;

export function loadDiscoveryDevSet(path = DISCOVERY_DEV_SET_PATH): DiscoveryCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = entrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${index + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/** Mean over cases of the share of needed skills found in the top k (recall@k), and the cases that missed any. */
export function measureDiscoveryRecall(
  catalog: SkillCatalog,
  cases: readonly DiscoveryCase[],
  options: { k: number; method: DiscoveryMethod },
): { recall: number; misses: { query: string; needed: string[]; found: string[] }[] } {
  let total = 0;
  const misses: { query: string; needed: string[]; found: string[] }[] = [];
  for (const { query, skills: needed } of cases) {
    const found = catalog.discover(query, options).map((match) => match.name);
    const recalled = needed.filter((name) => found.includes(name)).length / needed.length;
    total += recalled;
    if (recalled < 1) misses.push({ query, needed, found });
  }
  return { recall: cases.length === 0 ? 0 : total / cases.length, misses };
}
