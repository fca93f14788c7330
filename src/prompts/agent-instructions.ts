import type { AgentName } from '../skills/agent-skill-sets.ts';

/** What one agent adds to the shared templates, per step; agents refine these in their own folders. */
export interface AgentInstructions {
  version: string;
  /** What to retrieve and why, for the planning step. */
  plan: string;
  /** How to shape the answer, for the answer step. */
  answer: string;
}

export const AGENT_INSTRUCTIONS: Record<AgentName, AgentInstructions> = {
  knowledge: {
    version: '1',
    plan: 'The member asks a general professional question. Search articles first (article_search), posts on the network next (feed_search); use web_search only for recent or niche topics the network cannot cover.',
    answer:
      'Explain the concept plainly in a few bullets, grounded in the retrieved articles and posts; cite each point. Say when sources disagree or when the dossier does not cover part of the question.',
  },
  jobs: {
    version: '1',
    plan: "The member looks for jobs. Use job_search with the title or skills asked for, the member's location unless another is asked or the member wants remote work, and any seniority, work type or pay constraint. When the member's skills matter, read their profile first (profile_view).",
    answer:
      'List the best matches, each with title, company, location and one line on why it fits, citing its job id. Mention filters you applied; if nothing matches, say so and suggest how to widen the search.',
  },
  job_fit: {
    version: '1',
    plan: 'The member asks how well they fit a job. Fetch the posting (job_details) and compare it with their profile (skill_gap with the job_id, and profile_view). Add salary_insights or similar_jobs only when asked about pay or alternatives.',
    answer:
      'Be factual and empathetic. Give the skills they match and the ones missing, how their experience compares with what the posting asks, then two or three concrete next steps (a course, a project, a reframing of their profile). Never call the member a poor or terrible fit; describe the gap and how to close it.',
  },
  post_takeaways: {
    version: '1',
    plan: "The member is reading a post or article. Fetch it (post_view with its slug) and the member's profile (profile_view) so the takeaways can be personalised; feed_search only for related posts when asked.",
    answer:
      'Give three to five takeaways, each one sentence citing the post, then say what they mean for this member given their role and skills. Do not invent claims the post does not make.',
  },
  company: {
    version: '1',
    plan: 'The member asks about a company. Fetch the company (company_profile by id or name); add company_jobs for its openings, people_search for who works there, feed_search for its news, salary_insights only when pay is asked.',
    answer:
      'Describe what the company does, its size and industry, then what the member asked for (openings, people, news), citing company, job and member ids. Only public profile details about people.',
  },
  career_coach: {
    version: '1',
    plan: "The member wants career advice. Read their profile (profile_view); add occupation_insights for a target role's skills and outlook, salary_insights for negotiation, article_search for interview preparation, job_search or people_search when concrete openings or mentors help.",
    answer:
      "Coach: start from the member's profile, then give a short plan of concrete steps (skills to build, how to present experience, who to talk to, what to say in a negotiation), citing the dossier. Be encouraging and honest about effort and timelines.",
  },
};
