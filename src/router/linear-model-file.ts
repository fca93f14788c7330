import { z } from 'zod';
import {
  dequantizeWeights,
  type QuantizedWeights,
  quantizedWeightsSchema,
  quantizeWeights,
} from './quantize-weights.ts';

/** A linear model over hashed features with its calibration and decision threshold: what the router and the guard serve. */
export interface LinearModel {
  buckets: number;
  /** Bucket-major: `weights[bucket * classes + class]`. */
  weights: Float32Array;
  /** Temperature fitted on held-out logits; logits are divided by it before the softmax. */
  temperature: number;
  threshold: number;
  /** What training measured, kept with the model for its train command and reviewers. */
  training: Record<string, number | string>;
}

/** The fields a model file holds after its own header (format, classes), in file order. */
export const linearModelFileFields = {
  buckets: z.int().positive(),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  training: z.record(z.string(), z.union([z.number(), z.string()])),
  weights: quantizedWeightsSchema,
};

/**
 * The model file's text: `header` (format, classes), then the model's fields in a fixed order with
 * quantised weights, on one line: deterministic, so that retraining diffs cleanly.
 */
export function serializeLinearModel(header: Record<string, unknown>, model: LinearModel): string {
  const file = {
    ...header,
    buckets: model.buckets,
    temperature: model.temperature,
    threshold: model.threshold,
    training: model.training,
    weights: quantizeWeights(model.weights),
  };
  return `${JSON.stringify(file, null, 1).replace(/\n\s*/g, ' ')}\n`;
}

/** The served model of a parsed file, checked to hold `classes` weights per bucket. */
export function toLinearModel(
  file: Omit<LinearModel, 'weights'> & { weights: QuantizedWeights },
  classes: number,
  name: string,
): LinearModel {
  const weights = dequantizeWeights(file.weights);
  if (weights.length !== file.buckets * classes)
    throw new Error(`${name} model has ${weights.length} weights, expected ${file.buckets} × ${classes}`);
  const { buckets, temperature, threshold, training } = file;
  return { buckets, weights, temperature, threshold, training };
}
