import type { AgentName } from '../skills/agent-skill-sets.ts';
import type { ExampleStep } from './example.ts';

/**
 * Queries written apart from the examples, each with the examples that would be the right kind to
 * show for it (`<agent>/<step>/<id>`): how the store's retrieval is judged, never tuned on.
 */
export interface HeldOutQuery {
  agent: AgentName;
  step: ExampleStep;
  query: string;
  relevant: string[];
}

export const HELD_OUT_QUERIES: HeldOutQuery[] = [
  {
    agent: 'jobs',
    step: 'plan',
    query: 'any remote golang engineer openings?',
    relevant: ['jobs/plan/remote-python'],
  },
  {
    agent: 'jobs',
    step: 'plan',
    query: 'pharmacist positions in Denver, CO',
    relevant: ['jobs/plan/nurse-in-city', 'jobs/plan/contract-designer'],
  },
  {
    agent: 'jobs',
    step: 'plan',
    query: 'what openings does Walmart have',
    relevant: ['jobs/plan/company-openings'],
  },
  {
    agent: 'job_fit',
    step: 'plan',
    query: 'which skills do I lack for job 3566954493?',
    relevant: ['job_fit/plan/missing-skills', 'job_fit/plan/close-gap'],
  },
  {
    agent: 'job_fit',
    step: 'answer',
    query: 'Do I have enough years of experience for this senior position?',
    relevant: ['job_fit/answer/experience-short'],
  },
  {
    agent: 'career_coach',
    step: 'plan',
    query: 'how should I negotiate my salary offer for a nurse job in Boston?',
    relevant: ['career_coach/plan/negotiate', 'career_coach/plan/raise'],
  },
  {
    agent: 'career_coach',
    step: 'plan',
    query: 'I want to change careers from accounting to software development',
    relevant: ['career_coach/plan/pivot-to-data', 'career_coach/plan/pivot-with-jobs'],
  },
  {
    agent: 'career_coach',
    step: 'answer',
    query: 'make my LinkedIn headline better',
    relevant: ['career_coach/answer/headline-answer'],
  },
  {
    agent: 'knowledge',
    step: 'plan',
    query: 'tips for coding interviews about distributed systems design',
    relevant: ['knowledge/plan/system-design-prep', 'knowledge/plan/behavioral-interview-star'],
  },
  {
    agent: 'company',
    step: 'plan',
    query: 'who are the people working at this company?',
    relevant: ['company/plan/people-by-id', 'company/plan/who-works-there'],
  },
  {
    agent: 'company',
    step: 'answer',
    query: 'Is Erlanger hiring right now?',
    relevant: ['company/answer/hiring'],
  },
  {
    agent: 'post_takeaways',
    step: 'plan',
    query: 'short summary please',
    relevant: ['post_takeaways/plan/tldr', 'post_takeaways/plan/summarise-viewed'],
  },
];

/**
 * Written after the first set had informed one design choice (matching on the question alone) and
 * before any change to scoring: the figure to quote for retrieval quality.
 */
export const FRESH_HELD_OUT_QUERIES: HeldOutQuery[] = [
  {
    agent: 'jobs',
    step: 'plan',
    query: 'part-time bookkeeping work in Phoenix',
    relevant: ['jobs/plan/contract-designer', 'jobs/plan/nurse-in-city'],
  },
  {
    agent: 'jobs',
    step: 'answer',
    query: 'find me remote customer support jobs',
    relevant: ['jobs/answer/remote-python-results'],
  },
  {
    agent: 'jobs',
    step: 'plan',
    query: 'more postings similar to the one I am looking at',
    relevant: ['jobs/plan/similar-to-viewed'],
  },
  {
    agent: 'job_fit',
    step: 'plan',
    query: 'is it worth applying to this position?',
    relevant: ['job_fit/plan/should-i-apply', 'job_fit/plan/chances'],
  },
  {
    agent: 'job_fit',
    step: 'answer',
    query: 'what am I missing for this role?',
    relevant: ['job_fit/answer/missing-skills-list', 'job_fit/answer/partial-fit'],
  },
  {
    agent: 'knowledge',
    step: 'answer',
    query: 'What does a UX researcher do?',
    relevant: ['knowledge/answer/product-owner', 'knowledge/answer/data-scientist'],
  },
  {
    agent: 'knowledge',
    step: 'plan',
    query: 'what should I ask the hiring manager in my interview?',
    relevant: ['knowledge/plan/questions-to-ask-interviewer'],
  },
  {
    agent: 'post_takeaways',
    step: 'answer',
    query: 'what are the lessons of this article for me?',
    relevant: [
      'post_takeaways/answer/lessons-answer',
      'post_takeaways/answer/iac-takeaways',
      'post_takeaways/answer/apply-post-answer',
    ],
  },
  {
    agent: 'company',
    step: 'plan',
    query: 'how many employees does Dell have?',
    relevant: ['company/plan/size-industry', 'company/plan/by-name'],
  },
  {
    agent: 'company',
    step: 'answer',
    query: 'give me the phone numbers of the managers at Erlanger',
    relevant: ['company/answer/private-data-refused'],
  },
  {
    agent: 'career_coach',
    step: 'answer',
    query: 'how do I ask for a higher salary in my offer?',
    relevant: ['career_coach/answer/negotiation'],
  },
  {
    agent: 'career_coach',
    step: 'plan',
    query: 'tips for my upcoming data analyst interview',
    relevant: ['career_coach/plan/interview-prep'],
  },
];
