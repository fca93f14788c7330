import type { AgentName } from '../skills/agent-skill-sets.ts';
import { AGENT_INSTRUCTIONS } from './agent-instructions.ts';
import { type PromptSection, promptSection } from './prompt-section.ts';
import { renderIdentity } from './render-identity.ts';
import { renderJailbreakDefence } from './render-jailbreak-defence.ts';

/** An agent's own prompt text for one step, replacing its registered instructions. */
export interface InstructionsOverride {
  text: string;
  version: string;
}

/** The system sections every step of every agent opens with: identity, rules, then the agent's instructions. */
export function renderAgentPreamble(
  agent: AgentName,
  step: 'plan' | 'answer',
  override?: InstructionsOverride,
): PromptSection[] {
  const instructions = override ?? {
    text: AGENT_INSTRUCTIONS[agent][step],
    version: AGENT_INSTRUCTIONS[agent].version,
  };
  return [
    renderIdentity(),
    renderJailbreakDefence(),
    promptSection(`instructions.${agent}`, instructions.version, `## This request\n${instructions.text}`),
  ];
}
