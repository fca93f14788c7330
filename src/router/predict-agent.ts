import type { RouteAgent } from './agents.ts';
import { extractFeatures } from './extract-features.ts';
import type { RouteInput } from './route-input.ts';
import type { RouterModel } from './router-model.ts';
import { scoreLogits, softmax } from './score-logits.ts';

export interface AgentPrediction {
  agent: RouteAgent;
  /** Calibrated probability that `agent` is right. */
  confidence: number;
  probabilities: Record<RouteAgent, number>;
}

/** The small model's answer: milliseconds-free, synchronous, no I/O. */
export function predictAgent(model: RouterModel, input: RouteInput): AgentPrediction {
  const classes = model.agents.length;
  const probabilities = softmax(
    scoreLogits(model.weights, classes, extractFeatures(input, model.buckets), new Float64Array(classes)),
    model.temperature,
  );
  let best = 0;
  for (let c = 1; c < classes; c++)
    if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
  return {
    agent: model.agents[best] as RouteAgent,
    confidence: probabilities[best] as number,
    probabilities: Object.fromEntries(model.agents.map((agent, c) => [agent, probabilities[c]])) as Record<
      RouteAgent,
      number
    >,
  };
}
