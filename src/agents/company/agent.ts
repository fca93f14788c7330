import { resolve } from 'node:path';
import { AGENT_INSTRUCTIONS } from '../../prompts/agent-instructions.ts';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import { AGENT_SKILL_SETS } from '../../skills/agent-skill-sets.ts';
import type { AgentConfig } from '../agent-config.ts';

export const companyAgent: AgentConfig = {
  id: 'company',
  description: AGENT_DESCRIPTIONS.company,
  skills: AGENT_SKILL_SETS.company,
  instructions: AGENT_INSTRUCTIONS.company,
  examples: 'company',
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['What jobs is this company hiring for?', 'Who works there that I could talk to?'],
  offline:
    'Plans company_profile for the company in view (or named) and company_jobs; answers with the profile facts and a cited list of openings, labelled as offline mode.',
};
