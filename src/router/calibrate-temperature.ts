import { softmax } from './score-logits.ts';

function meanNegativeLogLikelihood(logits: Float64Array[], labels: number[], temperature: number): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const probabilities = softmax(Float64Array.from(logits[i] as Float64Array), temperature);
    total -= Math.log(Math.max(probabilities[labels[i] as number] as number, 1e-12));
  }
  return total / logits.length;
}

/**
 * Temperature scaling (Guo et al., 2017): the one T that minimises the validation split's negative
 * log-likelihood of softmax(logits / T). NLL is convex in 1/T, so a golden-section search over
 * log T in [1/20, 20] finds it; the argmax, hence accuracy, is unchanged.
 */
export function calibrateTemperature(logits: Float64Array[], labels: number[]): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(1 / 20);
  let high = Math.log(20);
  for (let step = 0; step < 60; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (
      meanNegativeLogLikelihood(logits, labels, Math.exp(a)) <
      meanNegativeLogLikelihood(logits, labels, Math.exp(b))
    )
      high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}
