import type { SparseFeatures } from '../router/extract-features.ts';
import { scoreLogits, softmax } from '../router/score-logits.ts';
import {
  type ExplainedFeature,
  explainGuardFeatures,
  extractGuardFeatures,
} from './extract-guard-features.ts';
import type { GuardInput } from './guard-input.ts';
import type { GuardModel } from './guard-model.ts';
import { splitIntoWindows } from './split-into-windows.ts';

export interface GuardVerdict {
  verdict: 'allow' | 'block';
  /** Calibrated probability that the text is an attack (jailbreak or prompt injection). */
  score: number;
  /** The strongest evidence for "attack", most first; empty when the text is allowed. */
  reasons: string[];
}

const MAX_REASONS = 3;

/** The most suspicious window (see `splitIntoWindows`): its index and its [benign, attack] logits. */
export function worstWindow(
  weights: Float32Array,
  windows: readonly SparseFeatures[],
): { index: number; logits: Float64Array } {
  let worst: { index: number; logits: Float64Array; margin: number } = {
    index: 0,
    logits: new Float64Array(2),
    margin: Number.NEGATIVE_INFINITY,
  };
  for (const [index, features] of windows.entries()) {
    const logits = scoreLogits(weights, 2, features, new Float64Array(2));
    const margin = (logits[1] as number) - (logits[0] as number);
    if (margin > worst.margin) worst = { index, logits, margin };
  }
  return worst;
}

/** The guard's judgement of one text: synchronous, no I/O, about a millisecond for a page. */
export function judgeText(model: GuardModel, input: GuardInput): GuardVerdict {
  const windows = splitIntoWindows(input.text);
  const { index, logits } = worstWindow(
    model.weights,
    windows.map((text) => extractGuardFeatures({ ...input, text }, model.buckets)),
  );
  const score = softmax(logits, model.temperature)[1] as number;
  if (score < model.threshold) return { verdict: 'allow', score, reasons: [] };
  const worst = explainGuardFeatures({ ...input, text: windows[index] ?? input.text }, model.buckets);
  return { verdict: 'block', score, reasons: topReasons(model, worst) };
}

/**
 * Each reason's pull toward "attack" (its features' value × the attack-minus-benign weight), summed;
 * the cues that pull come first, being what a reviewer can check, then the strongest words.
 */
function topReasons(model: GuardModel, explained: readonly ExplainedFeature[]): string[] {
  const pull = new Map<string, { weight: number; cue: boolean }>();
  for (const { index, value, reason, cue } of explained) {
    if (reason === 'prior') continue;
    const margin = (model.weights[index * 2 + 1] as number) - (model.weights[index * 2] as number);
    const entry = pull.get(reason) ?? { weight: 0, cue: cue === true };
    entry.weight += value * margin;
    pull.set(reason, entry);
  }
  return [...pull.entries()]
    .filter(([, entry]) => entry.weight > 0)
    .sort(([a, x], [b, y]) => Number(y.cue) - Number(x.cue) || y.weight - x.weight || a.localeCompare(b))
    .slice(0, MAX_REASONS)
    .map(([reason]) => reason);
}
