import { GUARD_KINDS, type GuardKind } from './guard-example.ts';

export interface ScoredExample {
  kind: GuardKind;
  label: 'attack' | 'benign';
  /** Probability of attack, or any score where higher means more likely an attack. */
  score: number;
}

export interface KindFigures {
  kind: GuardKind;
  count: number;
  /** Attack kinds: share blocked (recall). Benign kinds: share blocked (false-positive rate). */
  blockedShare: number;
  /** Attack kinds only: this kind against every benign row, so the false positives are shared. */
  precision?: number;
  f1?: number;
}

export interface GuardFigures {
  precision: number;
  recall: number;
  f1: number;
  falsePositiveRate: number;
  byKind: KindFigures[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Precision, recall and F1 of blocking at `threshold`, overall and per kind, and the false-positive rates. */
export function evaluateGuard(scored: readonly ScoredExample[], threshold: number): GuardFigures {
  const blocked = (example: ScoredExample) => example.score >= threshold;
  const attacks = scored.filter((example) => example.label === 'attack');
  const benign = scored.filter((example) => example.label === 'benign');
  const truePositives = attacks.filter(blocked).length;
  const falsePositives = benign.filter(blocked).length;
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, attacks.length);
  const byKind = GUARD_KINDS.map((kind): KindFigures => {
    const rows = scored.filter((example) => example.kind === kind);
    const hits = rows.filter(blocked).length;
    const share = ratio(hits, rows.length);
    if (rows[0]?.label !== 'attack') return { kind, count: rows.length, blockedShare: share };
    const kindPrecision = ratio(hits, hits + falsePositives);
    return {
      kind,
      count: rows.length,
      blockedShare: share,
      precision: kindPrecision,
      f1: harmonic(kindPrecision, share),
    };
  });
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    falsePositiveRate: ratio(falsePositives, benign.length),
    byKind,
  };
}
