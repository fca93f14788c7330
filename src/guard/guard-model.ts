import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { dequantizeWeights, quantizedWeightsSchema, quantizeWeights } from '../router/quantize-weights.ts';

export const GUARD_MODEL_FILE = resolve(import.meta.dirname, 'model/guard-model.json');

/** Class order of the weights: `weights[bucket * 2 + class]`. */
export const GUARD_CLASSES = ['benign', 'attack'] as const;

/** The trained guard: a linear model over hashed features, its calibration and its blocking threshold. */
export interface GuardModel {
  buckets: number;
  weights: Float32Array;
  /** Temperature fitted on cross-validated logits; logits are divided by it before the softmax. */
  temperature: number;
  /** At or above this calibrated probability of attack the guard blocks; chosen on cross-validated scores. */
  threshold: number;
  /** What cross-validation measured, kept with the model for `dossier train-guard` and reviewers. */
  training: Record<string, number | string>;
}

const modelFileSchema = z.object({
  format: z.literal('dossier-guard/1'),
  classes: z.tuple([z.literal('benign'), z.literal('attack')]),
  buckets: z.int().positive(),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  training: z.record(z.string(), z.union([z.number(), z.string()])),
  weights: quantizedWeightsSchema,
});

/** The model file's text: deterministic (fixed key order, quantised weights), so retraining diffs cleanly. */
export function serializeGuardModel(model: GuardModel): string {
  const file: z.infer<typeof modelFileSchema> = {
    format: 'dossier-guard/1',
    classes: [...GUARD_CLASSES],
    buckets: model.buckets,
    temperature: model.temperature,
    threshold: model.threshold,
    training: model.training,
    weights: quantizeWeights(model.weights),
  };
  return `${JSON.stringify(file, null, 1).replace(/\n\s*/g, ' ')}\n`;
}

export function parseGuardModel(text: string): GuardModel {
  const file = modelFileSchema.parse(JSON.parse(text));
  const weights = dequantizeWeights(file.weights);
  if (weights.length !== file.buckets * GUARD_CLASSES.length)
    throw new Error(`guard model has ${weights.length} weights, expected ${file.buckets} × 2`);
  const { buckets, temperature, threshold, training } = file;
  return { buckets, weights, temperature, threshold, training };
}

let committedModel: GuardModel | undefined;

/** The model committed in the repository (read once per process), or the one at `file`. */
export function loadGuardModel(file?: string): GuardModel {
  if (file !== undefined) return parseGuardModel(readFileSync(file, 'utf8'));
  committedModel ??= parseGuardModel(readFileSync(GUARD_MODEL_FILE, 'utf8'));
  return committedModel;
}
