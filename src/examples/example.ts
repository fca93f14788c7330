import { z } from 'zod';
import type { PromptExample } from '../prompts/prompt-example.ts';
import type { AgentName } from '../skills/agent-skill-sets.ts';

export const EXAMPLE_STEPS = ['plan', 'answer'] as const;
export type ExampleStep = (typeof EXAMPLE_STEPS)[number];

const planExampleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  query: z.string().min(1),
  context: z.string().min(1).optional(),
  plan: z.string().min(1),
});

const answerExampleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  query: z.string().min(1),
  context: z.string().min(1).optional(),
  dossier: z.string().min(1),
  answer: z.string().min(1),
});

/** One agent's data file: `src/examples/data/<agent>.yaml`. */
export const agentExamplesFileSchema = z.strictObject({
  plan: z.array(planExampleSchema).min(1),
  answer: z.array(answerExampleSchema).min(1),
});

/** A curated example, ready for a prompt: `response` is the plan (YAML) or the answer. */
export interface Example extends PromptExample {
  agent: AgentName;
  step: ExampleStep;
  /** `<agent>/<step>/<id>`, unique across the store. */
  key: string;
}
