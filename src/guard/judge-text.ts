import { scoreLogits, softmax } from '../router/score-logits.ts';
import { type ExplainedFeature, explainGuardFeatures, sumFeatures } from './extract-guard-features.ts';
import type { GuardInput } from './guard-input.ts';
import type { GuardModel } from './guard-model.ts';

export interface GuardVerdict {
  verdict: 'allow' | 'block';
  /** Calibrated probability that the text is an attack (jailbreak or prompt injection). */
  score: number;
  /** The strongest evidence for "attack", most first; empty when the text is allowed. */
  reasons: string[];
}

const MAX_REASONS = 3;

/** The guard's judgement of one text: synchronous, no I/O, well under a millisecond for a question. */
export function judgeText(model: GuardModel, input: GuardInput): GuardVerdict {
  const explained = explainGuardFeatures(input, model.buckets);
  const probabilities = softmax(
    scoreLogits(model.weights, 2, sumFeatures(explained), new Float64Array(2)),
    model.temperature,
  );
  const score = probabilities[1] as number;
  const verdict = score >= model.threshold ? 'block' : 'allow';
  return { verdict, score, reasons: verdict === 'block' ? topReasons(model, explained) : [] };
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
