// Which skills each agent may plan with: the single place that scopes agents (registry.scope).
// Every agent keeps web_search as the way out of the network's data.

export const AGENT_SKILL_SETS = {
  knowledge: ['article_search', 'feed_search', 'post_view', 'occupation_insights', 'web_search'],
  jobs: [
    'job_search',
    'job_details',
    'similar_jobs',
    'company_jobs',
    'company_profile',
    'salary_insights',
    'skill_gap',
    'profile_view',
    'web_search',
  ],
  job_fit: [
    'job_details',
    'skill_gap',
    'profile_view',
    'similar_jobs',
    'occupation_insights',
    'salary_insights',
    'web_search',
  ],
  post_takeaways: ['post_view', 'feed_search', 'profile_view', 'article_search', 'web_search'],
  company: [
    'company_profile',
    'company_jobs',
    'people_search',
    'job_search',
    'salary_insights',
    'feed_search',
    'web_search',
  ],
  career_coach: [
    'profile_view',
    'occupation_insights',
    'skill_gap',
    'salary_insights',
    'job_search',
    'article_search',
    'people_search',
    'web_search',
  ],
} as const satisfies Record<string, readonly string[]>;

export type AgentName = keyof typeof AGENT_SKILL_SETS;
