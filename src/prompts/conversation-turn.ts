import type { RouteAgent } from '../router/agents.ts';

/** One turn of the conversation so far; assistant turns name the agent that answered. */
export interface ConversationTurn {
  role: 'member' | 'assistant';
  text: string;
  agent?: RouteAgent;
}
