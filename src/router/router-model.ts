import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ROUTE_AGENTS, type RouteAgent } from './agents.ts';
import { dequantizeWeights, quantizedWeightsSchema, quantizeWeights } from './quantize-weights.ts';

export const ROUTER_MODEL_FILE = resolve(import.meta.dirname, 'model/router-model.json');

/** The trained router: a linear model over hashed features, its calibration and its cascade threshold. */
export interface RouterModel {
  agents: RouteAgent[];
  buckets: number;
  /** Bucket-major: `weights[bucket * agents.length + agent]`. */
  weights: Float32Array;
  /** Temperature fitted on the validation split; logits are divided by it before the softmax. */
  temperature: number;
  /** Below this calibrated confidence the cascade asks the small LLM. */
  threshold: number;
  /** What training measured, kept with the model for `dossier train-router` and reviewers. */
  training: Record<string, number | string>;
}

const modelFileSchema = z.object({
  format: z.literal('dossier-router/1'),
  agents: z.array(z.enum(ROUTE_AGENTS)).min(2),
  buckets: z.int().positive(),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  training: z.record(z.string(), z.union([z.number(), z.string()])),
  weights: quantizedWeightsSchema,
});

/** The model file's text: deterministic (fixed key order, quantised weights) so that retraining diffs cleanly. */
export function serializeRouterModel(model: RouterModel): string {
  const file: z.infer<typeof modelFileSchema> = {
    format: 'dossier-router/1',
    agents: model.agents,
    buckets: model.buckets,
    temperature: model.temperature,
    threshold: model.threshold,
    training: model.training,
    weights: quantizeWeights(model.weights),
  };
  return `${JSON.stringify(file, null, 1).replace(/\n\s*/g, ' ')}\n`;
}

export function parseRouterModel(text: string): RouterModel {
  const file = modelFileSchema.parse(JSON.parse(text));
  const weights = dequantizeWeights(file.weights);
  if (weights.length !== file.buckets * file.agents.length)
    throw new Error(
      `router model has ${weights.length} weights, expected ${file.buckets} × ${file.agents.length}`,
    );
  return {
    agents: file.agents,
    buckets: file.buckets,
    weights,
    temperature: file.temperature,
    threshold: file.threshold,
    training: file.training,
  };
}

let committedModel: RouterModel | undefined;

/** The model committed in the repository (read once per process), or the one at `file`. */
export function loadRouterModel(file?: string): RouterModel {
  if (file !== undefined) return parseRouterModel(readFileSync(file, 'utf8'));
  committedModel ??= parseRouterModel(readFileSync(ROUTER_MODEL_FILE, 'utf8'));
  return committedModel;
}
