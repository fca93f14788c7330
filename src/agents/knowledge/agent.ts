import { resolve } from 'node:path';
import { AGENT_INSTRUCTIONS } from '../../prompts/agent-instructions.ts';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import { AGENT_SKILL_SETS } from '../../skills/agent-skill-sets.ts';
import type { AgentConfig } from '../agent-config.ts';

export const knowledgeAgent: AgentConfig = {
  id: 'knowledge',
  description: AGENT_DESCRIPTIONS.knowledge,
  skills: AGENT_SKILL_SETS.knowledge,
  instructions: AGENT_INSTRUCTIONS.knowledge,
  examples: 'knowledge',
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['Can you point me to articles on this topic?', 'How does this apply to my role?'],
  offline:
    "Plans article_search and feed_search on the question's key terms (web_search when it names something recent); answers with the best-matching extracts, each cited, labelled as offline mode.",
};
