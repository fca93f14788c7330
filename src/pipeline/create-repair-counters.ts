import { countRepairs } from '../plan-parser/render-format-rules.ts';
import type { Repair, RepairKind } from '../plan-parser/types.ts';

/** How often the plan parser had to repair each kind of mistake, over the plans of this process. */
export interface RepairCounters {
  /** Adds one plan's repairs. */
  record(repairs: readonly Repair[]): void;
  /** The counts so far, for `renderFormatRules`: the planning prompt stresses the most frequent mistakes. */
  counts(): ReadonlyMap<RepairKind, number>;
}

/** The prompt-side twin of the plan parser's repairs (DESIGN.md "Plan parser"): one per pipeline, in memory. */
export function createRepairCounters(): RepairCounters {
  const totals = new Map<RepairKind, number>();
  return {
    record(repairs) {
      for (const [kind, count] of countRepairs([{ repairs }]))
        totals.set(kind, (totals.get(kind) ?? 0) + count);
    },
    counts: () => new Map(totals),
  };
}
