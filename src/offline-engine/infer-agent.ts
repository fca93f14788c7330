import { AGENT_INSTRUCTIONS } from '../prompts/agent-instructions.ts';
import { AGENT_SKILL_SETS, type AgentName } from '../skills/agent-skill-sets.ts';
import type { OfflinePrompt } from './read-prompt.ts';

const AGENTS = Object.keys(AGENT_SKILL_SETS) as AgentName[];

function overlap(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : a.filter((name) => b.includes(name)).length / union;
}

/**
 * Which agent a prompt serves. Prompts name no agent, but each agent's skills are a distinct set
 * (the planning prompt lists them) and its registered instructions are distinct text; failing both,
 * the dossier's kinds decide.
 */
export function inferAgent(prompt: OfflinePrompt): AgentName {
  if (prompt.allowedSkills.length > 0) {
    return AGENTS.reduce((best, agent) =>
      overlap(prompt.allowedSkills, AGENT_SKILL_SETS[agent]) >
      overlap(prompt.allowedSkills, AGENT_SKILL_SETS[best])
        ? agent
        : best,
    );
  }
  const instructed = AGENTS.find(
    (agent) =>
      prompt.system.includes(AGENT_INSTRUCTIONS[agent].answer) ||
      prompt.system.includes(AGENT_INSTRUCTIONS[agent].plan),
  );
  if (instructed) return instructed;
  const kinds = new Set(prompt.dossier.map((item) => item.kind));
  if (prompt.dossier.some((item) => /^missing:/im.test(item.text))) return 'job_fit';
  if (kinds.has('post')) return 'post_takeaways';
  if (kinds.has('company')) return 'company';
  if (kinds.has('job')) return 'jobs';
  if (kinds.has('member') || kinds.has('occupation')) return 'career_coach';
  return 'knowledge';
}
