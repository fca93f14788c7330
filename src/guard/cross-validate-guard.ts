import type { SparseFeatures } from '../router/extract-features.ts';
import { fitSoftmaxRegression } from '../router/fit-softmax-regression.ts';
import { scoreLogits } from '../router/score-logits.ts';
import { assignFolds } from './assign-folds.ts';
import { groupNearDuplicates } from './group-near-duplicates.ts';
import { BUNDLED_SOURCE_PREFIX, type GuardExample } from './guard-example.ts';

export interface GuardFitSettings {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Loss weight of the innocent career questions that use attack words; above 1 trades recall for fewer false alarms. */
  hardNegativeWeight: number;
  /** Loss weight of each real job description or post from the bundled data (there are hundreds). */
  bundledWeight: number;
}

function lossWeight(example: GuardExample, settings: GuardFitSettings): number {
  if (example.source.startsWith(BUNDLED_SOURCE_PREFIX)) return settings.bundledWeight;
  return example.kind === 'benign_career' ? settings.hardNegativeWeight : 1;
}

/**
 * Examples with their features, computed once and shared by every fold. Each example has one or
 * more views: as it arrives (`source` given), then, for retrieved content, the same text with no
 * `source`, so that the model also spots an injection pasted by a member or sent without a source.
 */
export interface FeaturedExamples {
  examples: readonly GuardExample[];
  views: readonly (readonly SparseFeatures[])[];
}

/** Linear weights for [benign, attack] fitted with the router's seeded softmax regression; an example's views share its weight. */
export function fitGuardWeights(
  { examples, views }: FeaturedExamples,
  settings: GuardFitSettings,
): Float32Array {
  const rows = examples.flatMap((example, i) => {
    const exampleViews = views[i] ?? [];
    const weight = lossWeight(example, settings) / exampleViews.length;
    return exampleViews.map((features) => ({ features, label: example.label === 'attack' ? 1 : 0, weight }));
  });
  return Float32Array.from(
    fitSoftmaxRegression(
      {
        features: rows.map((row) => row.features),
        labels: rows.map((row) => row.label),
        weights: rows.map((row) => row.weight),
      },
      { ...settings, classes: 2 },
    ),
  );
}

/** Attack-and-benign logits of one example under `weights`. */
export function guardLogits(weights: Float32Array, features: SparseFeatures): Float64Array {
  return scoreLogits(weights, 2, features, new Float64Array(2));
}

/**
 * Out-of-fold logits for every example: k models, each trained without one fold and scoring it.
 * Folds keep near-duplicates together (same carrier, same jailbreak template) and are stratified
 * by kind, so the figures speak for unseen carriers and templates, like the held-out test set.
 * `always` joins every fold's training and is never scored. Each held-out example is scored from
 * its first view (as it arrives) and its last (no `source`).
 */
export function crossValidateGuard(
  { examples, views }: FeaturedExamples,
  settings: GuardFitSettings & { folds: number },
  always: FeaturedExamples = { examples: [], views: [] },
): { asArrived: Float64Array[]; withoutSource: Float64Array[] } {
  const fold = assignFolds(
    examples.map((example) => example.kind),
    groupNearDuplicates(examples.map((example) => example.text)),
    settings.folds,
    settings.seed,
  );
  const asArrived = new Array<Float64Array>(examples.length);
  const withoutSource = new Array<Float64Array>(examples.length);
  for (let k = 0; k < settings.folds; k++) {
    const training = examples.flatMap((_, i) => (fold[i] === k ? [] : [i]));
    const weights = fitGuardWeights(
      {
        examples: [...training.map((i) => examples[i] as GuardExample), ...always.examples],
        views: [...training.map((i) => views[i] ?? []), ...always.views],
      },
      settings,
    );
    for (const [i, f] of fold.entries()) {
      if (f !== k) continue;
      const exampleViews = views[i] ?? [];
      asArrived[i] = guardLogits(weights, exampleViews[0] as SparseFeatures);
      withoutSource[i] = guardLogits(weights, exampleViews.at(-1) as SparseFeatures);
    }
  }
  return { asArrived, withoutSource };
}
