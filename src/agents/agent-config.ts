import type { AgentInstructions } from '../prompts/agent-instructions.ts';
import type { RouteAgent } from '../router/agents.ts';
import type { AgentName } from '../skills/agent-skill-sets.ts';

/**
 * One agent, as its folder declares it. A retrieval agent plans with its skills and answers from
 * the dossier; an agent with a `fixedAnswer` (out_of_scope) calls no skill and no model.
 */
export type AgentConfig = {
  description: string;
  /** What the agent does when no LLM endpoint is configured or the endpoints fail. */
  offline: string;
  /** Asked when the answer's own follow-ups are missing or fall out of scope. */
  followUps: readonly [string, string];
  /** The dev set beside the agent's config: questions with the skills a good plan calls. */
  devSetFile: string;
} & (
  | {
      id: AgentName;
      /** Allowed skills: the agent's entry in AGENT_SKILL_SETS. */
      skills: readonly string[];
      /** Planning and answer instructions (src/prompts/agent-instructions.ts). */
      instructions: AgentInstructions;
      /** The agent's curated plan and answer examples: src/examples/data/<examples>.yaml. */
      examples: AgentName;
    }
  | { id: RouteAgent; fixedAnswer: string }
);

export type RetrievalAgent = Extract<AgentConfig, { skills: readonly string[] }>;

export function isRetrievalAgent(agent: AgentConfig): agent is RetrievalAgent {
  return 'skills' in agent;
}
