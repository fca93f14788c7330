import { ROUTE_AGENTS, type RouteAgent } from './agents.ts';

/** Longest first, so "job_fit" is not read as "jobs"-ish noise; spaces and hyphens as LLMs write them. */
const AGENT_PATTERNS = [...ROUTE_AGENTS]
  .sort((a, b) => b.length - a.length)
  .map((agent) => ({ agent, pattern: new RegExp(`\\b${agent.replace('_', '[ _-]?')}\\b`, 'i') }));

/**
 * The agent id in an LLM's reply, read defensively: bare, quoted, in JSON or prose, after a
 * reasoning block. The earliest mention wins; no recognisable id gives undefined.
 */
export function parseAgentAnswer(text: string): RouteAgent | undefined {
  const answer = text.replace(/<think>[\s\S]*?<\/think>/gi, '');
  let best: { agent: RouteAgent; at: number } | undefined;
  for (const { agent, pattern } of AGENT_PATTERNS) {
    const at = answer.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { agent, at };
  }
  return best?.agent;
}
