import { resolve } from 'node:path';
import { AGENT_DESCRIPTIONS } from '../../router/agents.ts';
import type { AgentConfig } from '../agent-config.ts';

// No skills and no model: the same polite answer every time, cheap and impossible to talk into more.
const FIXED_ANSWER = [
  "Sorry, that's outside what I can help with here. I'm your assistant for this professional network, and I can:",
  '- find jobs that match your skills and location',
  '- assess how well you fit a job posting, and what to learn to close the gap',
  '- summarise a post or article with takeaways for you',
  '- tell you about a company: what it does, its openings and its people',
  '- coach you on career moves, interviews, your profile and salary negotiation',
  '- explain professional topics from articles and posts',
].join('\n');

export const outOfScopeAgent: AgentConfig = {
  id: 'out_of_scope',
  description: AGENT_DESCRIPTIONS.out_of_scope,
  fixedAnswer: FIXED_ANSWER,
  devSetFile: resolve(import.meta.dirname, 'dev-set.yaml'),
  followUps: ['Find jobs that match my profile', 'How can I improve my profile headline?'],
  offline: 'Identical online and offline: the fixed answer above, no skill and no model called.',
};
