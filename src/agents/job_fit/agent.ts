import { resolve } from 'node:path';
import { AGENT_INSTRUCTIONS } from '../../prompts/agent-instructions.ts';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import { AGENT_SKILL_SETS } from '../../skills/agent-skill-sets.ts';
import type { AgentConfig } from '../agent-config.ts';

export const jobFitAgent: AgentConfig = {
  id: 'job_fit',
  description: AGENT_DESCRIPTIONS.job_fit,
  skills: AGENT_SKILL_SETS.job_fit,
  instructions: AGENT_INSTRUCTIONS.job_fit,
  examples: 'job_fit',
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['Which similar jobs would fit me better?', 'What should I learn first to close the gap?'],
  offline:
    'Plans job_details and skill_gap for the job in view (or named), plus profile_view; answers with the matched and missing skills straight from skill_gap and templated next steps, labelled as offline mode.',
};
