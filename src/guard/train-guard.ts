import { calibrateTemperature } from '../router/calibrate-temperature.ts';
import { softmax } from '../router/score-logits.ts';
import { chooseThreshold } from './choose-threshold.ts';
import {
  crossValidateGuard,
  type FeaturedExamples,
  fitGuardWeights,
  type GuardFitSettings,
} from './cross-validate-guard.ts';
import { evaluateGuard, type GuardFigures, type ScoredExample } from './evaluate-guard.ts';
import { extractGuardFeatures } from './extract-guard-features.ts';
import {
  BUNDLED_CONTENT_PREFIX,
  type GuardExample,
  guardSourceOf,
  loadGuardExamples,
} from './guard-example.ts';
import type { GuardSource } from './guard-input.ts';
import type { GuardModel } from './guard-model.ts';
import { worstWindow } from './judge-text.ts';
import type { BundledNegatives } from './load-bundled-negatives.ts';
import { plantInjections } from './plant-injections.ts';
import { splitIntoWindows } from './split-into-windows.ts';

export const GUARD_TRAINING_DEFAULTS: GuardFitSettings & { folds: number; maxFalsePositiveRate: number } = {
  seed: 11,
  buckets: 1 << 15,
  epochs: 12,
  learningRate: 0.2,
  l2: 1e-4,
  hardNegativeWeight: 1.5,
  bundledWeight: 0.5,
  plantedWeight: 0.5,
  /** Chosen on cross-validated F1 (0.07-0.1 all 97.4-97.7%); the share the weights above give, about 0.17, scored 95.9%. */
  attackShare: 0.085,
  folds: 5,
  /** The threshold may block at most this share of the cross-validated benign texts. */
  maxFalsePositiveRate: 0.03,
};

export interface TrainGuardOptions extends Partial<typeof GUARD_TRAINING_DEFAULTS> {
  /** Defaults to data/safety/guard-train.jsonl. */
  examples?: GuardExample[];
  /** Real clean content from the bundled data (`loadBundledNegatives`); none when absent. */
  negatives?: BundledNegatives;
  /** Called after each stage: cross-validation, the final fit, the held-out check. */
  onProgress?: (done: number, total: number) => void;
}

export interface TrainGuardReport {
  examples: number;
  temperature: number;
  threshold: number;
  /** Cross-validated, at the chosen threshold, each text with the source it would arrive from. */
  crossValidated: GuardFigures;
  /** The same folds with every text scored as if no source were given (a member's message). */
  crossValidatedWithoutSource: GuardFigures;
  /** Each example's out-of-fold probability of attack, in input order. */
  scored: ScoredExample[];
  /** Share of the held-out real job descriptions and posts the final model would withhold. */
  heldOutContent: { count: number; falsePositiveRate: number };
  /** Share of the held-out member questions (router dev set, CLINC150 val) it would refuse. */
  heldOutQuestions: { count: number; falsePositiveRate: number };
}

/**
 * Each example's training views (see `FeaturedExamples`), and with `windows` what scoring reads:
 * `source` inferred from its kind.
 */
export function featureExamples(
  examples: readonly GuardExample[],
  buckets: number,
  { windows = false } = {},
): FeaturedExamples {
  const featuresOf = (text: string, source?: GuardSource) =>
    extractGuardFeatures(source === undefined ? { text } : { text, source }, buckets);
  return {
    examples,
    views: examples.map((example) => {
      const source = guardSourceOf(example);
      if (source === 'user') return [featuresOf(example.text)];
      // Clean pages are clean in every window the guard scores: teach a few of them (three, spread out).
      if (example.source.startsWith(BUNDLED_CONTENT_PREFIX)) {
        const windows = splitIntoWindows(example.text);
        const picked = [1, 2, 3].map((part) => windows[Math.floor((part * (windows.length - 1)) / 3)]);
        return [...new Set([example.text, ...picked])].map((text) => featuresOf(text ?? '', source));
      }
      return [featuresOf(example.text, source), featuresOf(example.text)];
    }),
    ...(windows && {
      windows: examples.map((example) => {
        const source = guardSourceOf(example);
        return {
          asArrived: splitIntoWindows(example.text).map((text) => featuresOf(text, source)),
          withoutSource: splitIntoWindows(example.text).map((text) => featuresOf(text)),
        };
      }),
    }),
  };
}

/**
 * Trains the guard: k-fold cross-validation (near-duplicates kept together) gives out-of-fold
 * logits; the temperature is fitted and the threshold chosen on them; the served model is then
 * fitted on every example. Deterministic: the same examples and options give an identical model.
 */
export function trainGuard(options: TrainGuardOptions = {}): { model: GuardModel; report: TrainGuardReport } {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const settings = { ...GUARD_TRAINING_DEFAULTS, ...given };
  const examples = options.examples ?? loadGuardExamples();
  const rows = featureExamples(examples, settings.buckets, { windows: true });
  const bundled = featureExamples(options.negatives?.training ?? [], settings.buckets);
  const carriers = bundled.examples.filter((example) => example.source.startsWith(BUNDLED_CONTENT_PREFIX));
  const extra = (training: readonly GuardExample[]): FeaturedExamples => {
    const planted = featureExamples(plantInjections(training, carriers, settings.seed), settings.buckets);
    return {
      examples: [...bundled.examples, ...planted.examples],
      views: [...bundled.views, ...planted.views],
    };
  };
  const stages = 3;
  const outOfFold = crossValidateGuard(rows, settings, extra);
  options.onProgress?.(1, stages);
  const labels = examples.map((example) => (example.label === 'attack' ? 1 : 0));
  const temperature = calibrateTemperature(outOfFold.asArrived, labels);
  const attackProbability = (logits: Float64Array) =>
    softmax(Float64Array.from(logits), temperature)[1] as number;
  const score = (logits: Float64Array[]) =>
    logits.map(
      (row, i): ScoredExample => ({
        kind: (examples[i] as GuardExample).kind,
        label: (examples[i] as GuardExample).label,
        score: attackProbability(row),
      }),
    );
  const scored = score(outOfFold.asArrived);
  const { threshold } = chooseThreshold(scored, settings.maxFalsePositiveRate);
  const all = extra(examples);
  const weights = fitGuardWeights(
    { examples: [...rows.examples, ...all.examples], views: [...rows.views, ...all.views] },
    settings,
  );
  options.onProgress?.(2, stages);
  const falsePositives = (heldOut: GuardExample[]) => {
    const windows = featureExamples(heldOut, settings.buckets, { windows: true }).windows ?? [];
    const blocked = windows.filter(
      (example) => attackProbability(worstWindow(weights, example.asArrived).logits) >= threshold,
    );
    return {
      count: heldOut.length,
      falsePositiveRate: heldOut.length === 0 ? 0 : blocked.length / heldOut.length,
    };
  };
  const heldOutContent = falsePositives(options.negatives?.heldOutContent ?? []);
  const heldOutQuestions = falsePositives(options.negatives?.heldOutQuestions ?? []);
  options.onProgress?.(3, stages);
  const report: TrainGuardReport = {
    examples: examples.length,
    temperature,
    threshold,
    crossValidated: evaluateGuard(scored, threshold),
    crossValidatedWithoutSource: evaluateGuard(score(outOfFold.withoutSource), threshold),
    scored,
    heldOutContent,
    heldOutQuestions,
  };
  const model: GuardModel = {
    buckets: settings.buckets,
    weights,
    temperature,
    threshold,
    training: {
      seed: settings.seed,
      epochs: settings.epochs,
      folds: settings.folds,
      examples: examples.length,
      bundledBenign: bundled.examples.length,
      planted: all.examples.length - bundled.examples.length,
      cvPrecision: report.crossValidated.precision,
      cvRecall: report.crossValidated.recall,
      cvF1: report.crossValidated.f1,
      cvFalsePositiveRate: report.crossValidated.falsePositiveRate,
      heldOutContentFalsePositiveRate: heldOutContent.falsePositiveRate,
      heldOutQuestionsFalsePositiveRate: heldOutQuestions.falsePositiveRate,
    },
  };
  return { model, report };
}
