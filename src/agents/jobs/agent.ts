import { resolve } from 'node:path';
import { AGENT_INSTRUCTIONS } from '../../prompts/agent-instructions.ts';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import { AGENT_SKILL_SETS } from '../../skills/agent-skill-sets.ts';
import type { AgentConfig } from '../agent-config.ts';

export const jobsAgent: AgentConfig = {
  id: 'jobs',
  description: AGENT_DESCRIPTIONS.jobs,
  skills: AGENT_SKILL_SETS.jobs,
  instructions: AGENT_INSTRUCTIONS.jobs,
  examples: 'jobs',
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['Can you narrow these to remote roles?', 'What skills do these jobs ask for most?'],
  offline:
    "Plans job_search from the titles, skills and places named in the question, falling back to the member's headline and location; answers with a cited list of the matches, labelled as offline mode.",
};
