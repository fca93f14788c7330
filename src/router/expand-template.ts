import type { Random } from '../llm/simulator/seeded-random.ts';
import { pickOne } from '../llm/simulator/seeded-random.ts';

export type Slots = Record<string, string[]>;

const SLOT = /\{(\w+)\}/g;

export function hasSlots(template: string): boolean {
  return /\{\w+\}/.test(template);
}

/** Up to `count` distinct fillings of a template's `{slot}`s, drawn with the seeded generator. */
export function expandTemplate(template: string, slots: Slots, count: number, random: Random): string[] {
  const filled = new Set<string>();
  for (let attempt = 0; attempt < count * 3 && filled.size < count; attempt++) {
    filled.add(
      template.replace(SLOT, (_, name: string) => {
        const values = slots[name];
        if (!values) throw new Error(`template '${template}' uses unknown slot {${name}}`);
        return pickOne(random, values);
      }),
    );
  }
  return [...filled];
}
