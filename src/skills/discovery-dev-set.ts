import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DiscoveryMethod, DiscoveryWeights } from './create-skill-index.ts';
import type { SkillCatalog } from './create-skill-registry.ts';
import { keywordTerms } from './keyword-terms.ts';

// Discovery sets: member requests, each labelled with the skills a plan for it needs, some with
// what the member is viewing. The dev set (discovery-dev-set.jsonl) guided the design of discovery
// and is split into training and validation parts for choosing weights; the held-out set
// (discovery-held-out-set.jsonl) was written after the first design, the fresh held-out set
// (discovery-fresh-held-out-set.jsonl) before the example-based one: neither is tuned on. Used by
// the discovery test and the skills benchmark.

export const DISCOVERY_DEV_SET_PATH = resolve(import.meta.dirname, 'discovery-dev-set.jsonl');
export const DISCOVERY_HELD_OUT_SET_PATH = resolve(import.meta.dirname, 'discovery-held-out-set.jsonl');
export const DISCOVERY_FRESH_HELD_OUT_SET_PATH = resolve(
  import.meta.dirname,
  'discovery-fresh-held-out-set.jsonl',
);

const entrySchema = z.object({
  query: z.string().min(1),
  skills: z.array(z.string()).min(1).max(3),
  context: z.object({ kind: z.enum(['job', 'post', 'company', 'profile']) }).optional(),
});
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

/** Every fourth dev case (from the fourth) validates; the rest train. Deterministic, so tuning is repeatable. */
export function splitDevSet(cases: readonly DiscoveryCase[]): {
  training: DiscoveryCase[];
  validation: DiscoveryCase[];
} {
  return {
    training: cases.filter((_, index) => index % 4 !== 3),
    validation: cases.filter((_, index) => index % 4 === 3),
  };
}

/** Share of keyword terms two requests have in common (Jaccard); 1 for copies up to case and stop words. */
function termOverlap(a: string, b: string): number {
  const termsA = new Set(keywordTerms(a));
  const termsB = new Set(keywordTerms(b));
  const shared = [...termsA].filter((term) => termsB.has(term)).length;
  const union = termsA.size + termsB.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Requests sharing at least this share of their terms with an example are near-copies of it. */
export const NEAR_COPY_OVERLAP = 0.6;

/** The example a request copies or nearly copies, if any: such a request would test memory, not discovery. */
export function nearCopiedExample(query: string, examples: readonly string[]): string | undefined {
  return examples.find((example) => termOverlap(query, example) >= NEAR_COPY_OVERLAP);
}

/** Mean over cases of the share of needed skills found in the top k (recall@k), and the cases that missed any. */
export function measureDiscoveryRecall(
  catalog: SkillCatalog,
  cases: readonly DiscoveryCase[],
  options: { k: number; method: DiscoveryMethod; weights?: DiscoveryWeights; ignoreContext?: boolean },
): { recall: number; misses: { query: string; needed: string[]; found: string[] }[] } {
  let total = 0;
  const misses: { query: string; needed: string[]; found: string[] }[] = [];
  const { ignoreContext, ...discoverOptions } = options;
  for (const { query, skills: needed, context } of cases) {
    const found = catalog
      .discover(query, { ...discoverOptions, ...(context && !ignoreContext ? { context } : {}) })
      .map((match) => match.name);
    const recalled = needed.filter((name) => found.includes(name)).length / needed.length;
    total += recalled;
    if (recalled < 1) misses.push({ query, needed, found });
  }
  return { recall: cases.length === 0 ? 0 : total / cases.length, misses };
}
