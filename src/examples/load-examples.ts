import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AGENT_SKILL_SETS, type AgentName } from '../skills/agent-skill-sets.ts';
import { agentExamplesFileSchema, type Example } from './example.ts';

export const EXAMPLES_DIRECTORY = resolve(import.meta.dirname, 'data');

/** Every agent's curated examples from `<directory>/<agent>.yaml`, validated; a bad file throws naming it. */
export function loadExamples(directory = EXAMPLES_DIRECTORY): Example[] {
  return (Object.keys(AGENT_SKILL_SETS) as AgentName[]).flatMap((agent) => {
    const path = resolve(directory, `${agent}.yaml`);
    const parsed = agentExamplesFileSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
    const { plan, answer } = parsed.data;
    return [
      ...plan.map(({ id, query, context, plan: response }) => ({
        agent,
        step: 'plan' as const,
        key: `${agent}/plan/${id}`,
        query,
        context,
        response,
      })),
      ...answer.map(({ id, query, context, dossier, answer: response }) => ({
        agent,
        step: 'answer' as const,
        key: `${agent}/answer/${id}`,
        query,
        context,
        dossier,
        response,
      })),
    ];
  });
}
