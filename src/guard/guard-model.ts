import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  type LinearModel,
  linearModelFileFields,
  serializeLinearModel,
  toLinearModel,
} from '../router/linear-model-file.ts';

export const GUARD_MODEL_FILE = resolve(import.meta.dirname, 'model/guard-model.json');

/** Class order of the weights: `weights[bucket * 2 + class]`. */
export const GUARD_CLASSES = ['benign', 'attack'] as const;

/**
 * The trained guard: a linear model over hashed features, its calibration (temperature fitted on
 * cross-validated logits) and its threshold: at or above this calibrated probability of attack it
 * blocks, chosen on cross-validated scores.
 */
export type GuardModel = LinearModel;

const modelFileSchema = z.object({
  format: z.literal('dossier-guard/1'),
  classes: z.tuple([z.literal('benign'), z.literal('attack')]),
  ...linearModelFileFields,
});

/** The model file's text: deterministic (fixed key order, quantised weights), so retraining diffs cleanly. */
export function serializeGuardModel(model: GuardModel): string {
  return serializeLinearModel({ format: 'dossier-guard/1', classes: [...GUARD_CLASSES] }, model);
}

export function parseGuardModel(text: string): GuardModel {
  return toLinearModel(modelFileSchema.parse(JSON.parse(text)), GUARD_CLASSES.length, 'guard');
}

let committedModel: GuardModel | undefined;

/** The model committed in the repository (read once per process), or the one at `file`. */
export function loadGuardModel(file?: string): GuardModel {
  if (file !== undefined) return parseGuardModel(readFileSync(file, 'utf8'));
  committedModel ??= parseGuardModel(readFileSync(GUARD_MODEL_FILE, 'utf8'));
  return committedModel;
}
