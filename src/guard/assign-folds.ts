import { createSeededRandom } from '../llm/simulator/seeded-random.ts';

/**
 * A fold number (0…folds-1) per item for k-fold cross-validation, seeded, keeping each group whole
 * and stratified by the stratum of the group's first item: each stratum's groups are shuffled and
 * dealt to the fold that holds the fewest of that stratum so far.
 */
export function assignFolds(
  strata: readonly string[],
  groups: readonly number[],
  folds: number,
  seed: number,
): number[] {
  const random = createSeededRandom(seed);
  const members = new Map<number, number[]>();
  for (const [i, group] of groups.entries()) members.set(group, [...(members.get(group) ?? []), i]);
  const groupsByStratum = new Map<string, number[][]>();
  for (const items of members.values()) {
    const stratum = strata[items[0] as number] as string;
    groupsByStratum.set(stratum, [...(groupsByStratum.get(stratum) ?? []), items]);
  }
  const fold = new Array<number>(strata.length).fill(0);
  for (const stratum of [...groupsByStratum.keys()].sort()) {
    const stratumGroups = groupsByStratum.get(stratum) as number[][];
    for (let i = stratumGroups.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [stratumGroups[i], stratumGroups[j]] = [stratumGroups[j] as number[], stratumGroups[i] as number[]];
    }
    // Big groups first so that the smaller ones even the folds out.
    stratumGroups.sort((a, b) => b.length - a.length);
    const sizes = new Array<number>(folds).fill(0);
    for (const items of stratumGroups) {
      const smallest = sizes.indexOf(Math.min(...sizes));
      for (const i of items) fold[i] = smallest;
      sizes[smallest] = (sizes[smallest] as number) + items.length;
    }
  }
  return fold;
}
