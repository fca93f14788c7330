import { ROUTE_AGENTS, type RouteAgent } from './agents.ts';
import { buildTrainingExamples } from './build-training-examples.ts';
import { calibrateTemperature } from './calibrate-temperature.ts';
import { evaluateRouter } from './evaluate-router.ts';
import { expectedCalibrationError } from './expected-calibration-error.ts';
import { extractFeatures } from './extract-features.ts';
import { fitSoftmaxRegression } from './fit-softmax-regression.ts';
import type { LabelledExample } from './labelled-example.ts';
import { loadClinc } from './load-clinc.ts';
import { devSetQueries } from './load-dev-set.ts';
import type { RouterModel } from './router-model.ts';
import { scoreLogits, softmax } from './score-logits.ts';
import { splitForValidation } from './split-for-validation.ts';

export interface TrainRouterOptions {
  seed?: number;
  /** Hashed feature space; the model file holds buckets × 7 int16 weights. */
  buckets?: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Calibrated confidence below which the cascade asks the LLM. */
  threshold?: number;
  validationShare?: number;
  /** Defaults to the utterance files and CLINC150's training split, minus the dev set's queries. */
  examples?: LabelledExample[];
  onEpoch?: (epoch: number, epochs: number, meanLoss: number) => void;
}

export interface TrainRouterReport {
  trainingCount: number;
  validationCount: number;
  validationAccuracy: number;
  validationOutOfScopeRecall: number;
  temperature: number;
  eceBefore: number;
  eceAfter: number;
  /** Share of validation questions below the threshold, which the cascade would send to the LLM. */
  deferredShare: number;
}

const DEFAULTS = {
  seed: 7,
  buckets: 1 << 17,
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-5,
  threshold: 0.75,
  validationShare: 0.1,
};

function confidences(logits: Float64Array[], labels: number[], temperature: number) {
  return logits.map((row, i) => {
    const probabilities = softmax(Float64Array.from(row), temperature);
    let best = 0;
    for (let c = 1; c < probabilities.length; c++)
      if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
    return { predicted: best, confidence: probabilities[best] as number, correct: best === labels[i] };
  });
}

/**
 * Trains the router from scratch: a seeded stratified validation split, softmax regression on the
 * rest, temperature scaling fitted on the validation split, and the figures that tell whether it
 * worked. Deterministic: the same examples and options give an identical model.
 */
export function trainRouter(options: TrainRouterOptions = {}): {
  model: RouterModel;
  report: TrainRouterReport;
} {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const settings = { ...DEFAULTS, ...given };
  const examples =
    options.examples ??
    buildTrainingExamples({
      seed: settings.seed,
      clincTrain: loadClinc().train,
      heldOutQueries: devSetQueries(),
    });
  const { training, validation } = splitForValidation(
    examples,
    { label: (example) => example.agent, group: (example) => example.group },
    settings.validationShare,
    settings.seed,
  );
  const classOf = (agent: RouteAgent) => ROUTE_AGENTS.indexOf(agent);
  const weights = fitSoftmaxRegression(
    {
      features: training.map((example) => extractFeatures(example.input, settings.buckets)),
      labels: training.map((example) => classOf(example.agent)),
      weights: training.map((example) => example.weight),
    },
    {
      buckets: settings.buckets,
      classes: ROUTE_AGENTS.length,
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      l2: settings.l2,
      seed: settings.seed,
      onEpoch: (epoch, loss) => options.onEpoch?.(epoch, settings.epochs, loss),
    },
  );
  // The committed model holds float32 weights; calibrate and evaluate exactly what will be served.
  const served = Float32Array.from(weights);
  const labels = validation.map((example) => classOf(example.agent));
  const logits = validation.map((example) =>
    scoreLogits(
      served,
      ROUTE_AGENTS.length,
      extractFeatures(example.input, settings.buckets),
      new Float64Array(ROUTE_AGENTS.length),
    ),
  );
  const temperature = calibrateTemperature(logits, labels);
  const before = confidences(logits, labels, 1);
  const after = confidences(logits, labels, temperature);
  const evaluation = evaluateRouter(
    after.map((row, i) => ({
      gold: ROUTE_AGENTS[labels[i] as number] as RouteAgent,
      predicted: ROUTE_AGENTS[row.predicted] as RouteAgent,
    })),
  );
  const report: TrainRouterReport = {
    trainingCount: training.length,
    validationCount: validation.length,
    validationAccuracy: evaluation.accuracy,
    validationOutOfScopeRecall: evaluation.outOfScopeRecall,
    temperature,
    eceBefore: expectedCalibrationError(before),
    eceAfter: expectedCalibrationError(after),
    deferredShare: after.filter((row) => row.confidence < settings.threshold).length / after.length,
  };
  const model: RouterModel = {
    agents: [...ROUTE_AGENTS],
    buckets: settings.buckets,
    weights: served,
    temperature,
    threshold: settings.threshold,
    training: { seed: settings.seed, epochs: settings.epochs, ...report },
  };
  return { model, report };
}
