import { createSeededRandom } from '../llm/simulator/seeded-random.ts';

/**
 * A seeded split stratified by label that keeps each group whole: all fillings of one template land
 * on the same side, so validation measures unseen phrasings rather than template twins.
 */
export function splitForValidation<T>(
  items: T[],
  keys: { label: (item: T) => string; group: (item: T) => string },
  share: number,
  seed: number,
): { training: T[]; validation: T[] } {
  const random = createSeededRandom(seed);
  const groupsByLabel = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    const groups = groupsByLabel.get(keys.label(item)) ?? new Map<string, T[]>();
    const group = groups.get(keys.group(item)) ?? [];
    group.push(item);
    groups.set(keys.group(item), group);
    groupsByLabel.set(keys.label(item), groups);
  }
  const training: T[] = [];
  const validation: T[] = [];
  for (const label of [...groupsByLabel.keys()].sort()) {
    const groups = [...(groupsByLabel.get(label)?.values() ?? [])];
    for (let i = groups.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [groups[i], groups[j]] = [groups[j] as T[], groups[i] as T[]];
    }
    const cut = Math.max(1, Math.round(groups.length * share));
    for (const [i, group] of groups.entries()) (i < cut ? validation : training).push(...group);
  }
  return { training, validation };
}
