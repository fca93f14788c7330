import { normalizeText } from '../router/extract-features.ts';

const SHINGLE = 4;
/** The data's own disjointness bar (data/safety/SOURCES.md): at or above it, two texts are near-duplicates. */
const SIMILAR = 0.35;

function shingles(text: string): Set<string> {
  const words = normalizeText(text);
  const out = new Set<string>();
  for (let start = 0; start + SHINGLE <= Math.max(words.length, SHINGLE); start++)
    out.add(words.slice(start, start + SHINGLE).join(' '));
  return out;
}

/**
 * A group id per text: texts linked by word-4-gram similarity (max of Jaccard and containment)
 * of at least 0.35, transitively. Injections planted in the same hand-written carrier, and
 * rewrites of the same jailbreak, share a group, so cross-validation that keeps groups whole
 * measures unseen carriers and templates, as the held-out test set does.
 */
export function groupNearDuplicates(texts: readonly string[]): number[] {
  const sets = texts.map(shingles);
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => {
    let node = i;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node] as number] as number;
      node = parent[node] as number;
    }
    return node;
  };
  for (let i = 0; i < sets.length; i++)
    for (let j = 0; j < i; j++) {
      const a = sets[i] as Set<string>;
      const b = sets[j] as Set<string>;
      let shared = 0;
      for (const shingle of a) if (b.has(shingle)) shared++;
      if (shared === 0) continue;
      const similarity = Math.max(shared / (a.size + b.size - shared), shared / Math.min(a.size, b.size));
      if (similarity >= SIMILAR) parent[root(i)] = root(j);
    }
  return texts.map((_, i) => root(i));
}
