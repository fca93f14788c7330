/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed always yields the
 * same sequence on every platform, which is what makes the demo members reproducible.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /** Up to `count` distinct items, each drawn with probability proportional to its weight. */
  sample<T>(items: readonly T[], count: number, weight: (item: T) => number = () => 1): T[] {
    const pool = items.map((item) => ({ item, weight: weight(item) }));
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const total = pool.reduce((sum, entry) => sum + entry.weight, 0);
      let target = this.next() * total;
      let index = 0;
      while (index < pool.length - 1 && target >= (pool[index]?.weight ?? 0)) {
        target -= pool[index]?.weight ?? 0;
        index++;
      }
      const [entry] = pool.splice(index, 1);
      if (entry) chosen.push(entry.item);
    }
    return chosen;
  }
}

/** Draws from a fixed weighted list in O(log n) per draw, for lists drawn from thousands of times. */
export class WeightedPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: number[];

  constructor(items: readonly T[], weight: (item: T) => number) {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    this.#items = items;
    let total = 0;
    this.#cumulative = items.map((item) => (total += weight(item)));
  }

  pick(random: SeededRandom): T {
    const target = random.next() * (this.#cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.#items[low] as T;
  }
}
