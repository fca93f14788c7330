import { createSeededRandom } from '../llm/simulator/seeded-random.ts';
import type { SparseFeatures } from './extract-features.ts';
import { scoreLogits, softmax } from './score-logits.ts';

export interface TrainingMatrix {
  features: SparseFeatures[];
  labels: number[];
  /** Per-example loss weights. */
  weights: number[];
}

export interface SoftmaxFitOptions {
  buckets: number;
  classes: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches (the usual sparse approximation). */
  l2: number;
  seed: number;
  onEpoch?: (epoch: number, meanLoss: number) => void;
}

/**
 * Multinomial logistic regression by AdaGrad over sparse features, one example at a time in a
 * seeded order: the same data and options always give the same weights, bit for bit.
 */
export function fitSoftmaxRegression(data: TrainingMatrix, options: SoftmaxFitOptions): Float64Array {
  const { buckets, classes, epochs, learningRate, l2 } = options;
  const weights = new Float64Array(buckets * classes);
  const squaredGradients = new Float64Array(buckets * classes);
  const random = createSeededRandom(options.seed);
  const order = data.labels.map((_, i) => i);
  const probabilities = new Float64Array(classes);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let loss = 0;
    let totalWeight = 0;
    for (const n of order) {
      const features = data.features[n] as SparseFeatures;
      const label = data.labels[n] as number;
      const weight = data.weights[n] as number;
      softmax(scoreLogits(weights, classes, features, probabilities));
      loss -= weight * Math.log(Math.max(probabilities[label] as number, 1e-12));
      totalWeight += weight;
      for (let f = 0; f < features.indices.length; f++) {
        const row = (features.indices[f] as number) * classes;
        const value = features.values[f] as number;
        for (let c = 0; c < classes; c++) {
          const k = row + c;
          const error = (probabilities[c] as number) - (c === label ? 1 : 0);
          const gradient = weight * error * value + l2 * (weights[k] as number);
          squaredGradients[k] = (squaredGradients[k] as number) + gradient * gradient;
          weights[k] =
            (weights[k] as number) -
            (learningRate * gradient) / (Math.sqrt(squaredGradients[k] as number) + 1e-8);
        }
      }
    }
    options.onEpoch?.(epoch, loss / totalWeight);
  }
  return weights;
}
