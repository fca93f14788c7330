import type { SparseFeatures } from './extract-features.ts';

/** Class scores of a linear model stored bucket-major (`weights[bucket * classes + class]`), into `out`. */
export function scoreLogits(
  weights: Float32Array | Float64Array,
  classes: number,
  features: SparseFeatures,
  out: Float64Array,
): Float64Array {
  out.fill(0);
  const { indices, values } = features;
  for (let f = 0; f < indices.length; f++) {
    const row = (indices[f] as number) * classes;
    const value = values[f] as number;
    for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (weights[row + c] as number) * value;
  }
  return out;
}

/** Softmax of `logits / temperature`, in place, stable for large logits. */
export function softmax(logits: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const logit of logits) max = Math.max(max, logit);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    logits[c] = Math.exp(((logits[c] as number) - max) / temperature);
    sum += logits[c] as number;
  }
  for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] as number) / sum;
  return logits;
}
