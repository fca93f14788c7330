import type { SparseFeatures } from '../router/extract-features.ts';
import { fitSoftmaxRegression } from '../router/fit-softmax-regression.ts';
import { assignFolds } from './assign-folds.ts';
import { groupNearDuplicates } from './group-near-duplicates.ts';
import { BUNDLED_SOURCE_PREFIX, type GuardExample } from './guard-example.ts';
import { worstWindow } from './judge-text.ts';
import { PLANTED_SOURCE_PREFIX } from './plant-injections.ts';

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
  /** Loss weight of each synthetic injection planted in a real page (`plant-injections.ts`). */
  plantedWeight: number;
  /** The attack rows' total loss weight as a share of the benign rows' (set after the weights above). */
  attackShare: number;
}

function lossWeight(example: GuardExample, settings: GuardFitSettings): number {
  if (example.source.startsWith(BUNDLED_SOURCE_PREFIX)) return settings.bundledWeight;
  if (example.source.startsWith(PLANTED_SOURCE_PREFIX)) return settings.plantedWeight;
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
  /** What scoring reads: each example's windows (`splitIntoWindows`), as it arrives and without `source`. */
  windows?: readonly { asArrived: SparseFeatures[]; withoutSource: SparseFeatures[] }[];
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
  // The attacks' total weight is a fixed share of the benign total, so more benign examples (the
  // router's utterances grow) do not shift the balance between the classes.
  let benignTotal = 0;
  let attackTotal = 0;
  for (const row of rows) {
    if (row.label === 1) attackTotal += row.weight;
    else benignTotal += row.weight;
  }
  const attackScale =
    attackTotal > 0 && benignTotal > 0 ? (settings.attackShare * benignTotal) / attackTotal : 1;
  for (const row of rows) if (row.label === 1) row.weight *= attackScale;
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

/**
 * Out-of-fold logits for every example: k models, each trained without one fold and scoring it.
 * Folds keep near-duplicates together (same carrier, same jailbreak template) and are stratified
 * by kind, so the figures speak for unseen carriers and templates, like the held-out test set.
 * `extra(training)` adds examples made for a fold from its training rows only (never scored). Each
 * held-out example is scored as the guard scores (its worst window), as it arrives and without `source`.
 */
export function crossValidateGuard(
  { examples, views, windows }: FeaturedExamples,
  settings: GuardFitSettings & { folds: number },
  extra: (training: GuardExample[]) => FeaturedExamples = () => ({ examples: [], views: [] }),
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
    const trainingExamples = training.map((i) => examples[i] as GuardExample);
    const added = extra(trainingExamples);
    const weights = fitGuardWeights(
      {
        examples: [...trainingExamples, ...added.examples],
        views: [...training.map((i) => views[i] ?? []), ...added.views],
      },
      settings,
    );
    for (const [i, f] of fold.entries()) {
      if (f !== k) continue;
      asArrived[i] = worstWindow(weights, windows?.[i]?.asArrived ?? []).logits;
      withoutSource[i] = worstWindow(weights, windows?.[i]?.withoutSource ?? []).logits;
    }
  }
  return { asArrived, withoutSource };
}
