import type { RouteAgent } from '../router/agents.ts';
import type { AgentConfig } from './agent-config.ts';
import { careerCoachAgent } from './career_coach/agent.ts';
import { companyAgent } from './company/agent.ts';
import { jobFitAgent } from './job_fit/agent.ts';
import { jobsAgent } from './jobs/agent.ts';
import { knowledgeAgent } from './knowledge/agent.ts';
import { outOfScopeAgent } from './out_of_scope/agent.ts';
import { postTakeawaysAgent } from './post_takeaways/agent.ts';

/** Every agent the router can name; adding one is its folder plus a line here. */
export const AGENTS: Record<RouteAgent, AgentConfig> = {
  knowledge: knowledgeAgent,
  jobs: jobsAgent,
  job_fit: jobFitAgent,
  post_takeaways: postTakeawaysAgent,
  company: companyAgent,
  career_coach: careerCoachAgent,
  out_of_scope: outOfScopeAgent,
};
