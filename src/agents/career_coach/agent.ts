import { resolve } from 'node:path';
import { AGENT_INSTRUCTIONS } from '../../prompts/agent-instructions.ts';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import { AGENT_SKILL_SETS } from '../../skills/agent-skill-sets.ts';
import type { AgentConfig } from '../agent-config.ts';

export const careerCoachAgent: AgentConfig = {
  id: 'career_coach',
  description: AGENT_DESCRIPTIONS.career_coach,
  skills: AGENT_SKILL_SETS.career_coach,
  instructions: AGENT_INSTRUCTIONS.career_coach,
  examples: 'career_coach',
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['What skills should I build next?', 'How should I prepare for interviews?'],
  offline:
    "Plans profile_view plus occupation_insights for a role named in the question (salary_insights when pay is asked); answers with templated steps built from the profile and the occupation's skills, labelled as offline mode.",
};
