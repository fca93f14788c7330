import { resolve } from 'node:path';
import { AGENT_INSTRUCTIONS } from '../../prompts/agent-instructions.ts';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import { AGENT_SKILL_SETS } from '../../skills/agent-skill-sets.ts';
import type { AgentConfig } from '../agent-config.ts';

export const postTakeawaysAgent: AgentConfig = {
  id: 'post_takeaways',
  description: AGENT_DESCRIPTIONS.post_takeaways,
  skills: AGENT_SKILL_SETS.post_takeaways,
  instructions: AGENT_INSTRUCTIONS.post_takeaways,
  examples: 'post_takeaways',
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['Are there related posts on this topic?', 'How could I apply this in my work?'],
  offline:
    "Plans post_view for the post in view and profile_view; answers with the post's leading sentences as takeaways and the member's headline for the personal angle, labelled as offline mode.",
};
