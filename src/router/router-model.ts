import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ROUTE_AGENTS, type RouteAgent } from './agents.ts';
import {
  type LinearModel,
  linearModelFileFields,
  serializeLinearModel,
  toLinearModel,
} from './linear-model-file.ts';

export const ROUTER_MODEL_FILE = resolve(import.meta.dirname, 'model/router-model.json');

/** The trained router: a linear model over hashed features, its calibration and its cascade threshold. */
export interface RouterModel extends LinearModel {
  agents: RouteAgent[];
  /** Below this calibrated confidence the cascade asks the small LLM. */
  threshold: number;
}

const modelFileSchema = z.object({
  format: z.literal('dossier-router/1'),
  agents: z.array(z.enum(ROUTE_AGENTS)).min(2),
  ...linearModelFileFields,
});

/** The model file's text: deterministic (fixed key order, quantised weights) so that retraining diffs cleanly. */
export function serializeRouterModel(model: RouterModel): string {
  return serializeLinearModel({ format: 'dossier-router/1', agents: model.agents }, model);
}

export function parseRouterModel(text: string): RouterModel {
  const file = modelFileSchema.parse(JSON.parse(text));
  return { agents: file.agents, ...toLinearModel(file, file.agents.length, 'router') };
}

let committedModel: RouterModel | undefined;

/** The model committed in the repository (read once per process), or the one at `file`. */
export function loadRouterModel(file?: string): RouterModel {
  if (file !== undefined) return parseRouterModel(readFileSync(file, 'utf8'));
  committedModel ??= parseRouterModel(readFileSync(ROUTER_MODEL_FILE, 'utf8'));
  return committedModel;
}
