import type { Skill } from '../define-skill.ts';
import type { WebSearchProvider } from '../web-search/web-search-provider.ts';
import { articleSearch } from './article-search.ts';
import { companyJobs } from './company-jobs.ts';
import { companyProfile } from './company-profile.ts';
import { feedSearch } from './feed-search.ts';
import { jobDetails } from './job-details.ts';
import { jobSearch } from './job-search.ts';
import { occupationInsights } from './occupation-insights.ts';
import { peopleSearch } from './people-search.ts';
import { postView } from './post-view.ts';
import { profileView } from './profile-view.ts';
import { salaryInsights } from './salary-insights.ts';
import { similarJobs } from './similar-jobs.ts';
import { skillGap } from './skill-gap.ts';
import { createWebSearchSkill } from './web-search.ts';

/** Every skill Dossier ships, in the order prompts list them. */
export function createDefaultSkills(options: { webSearch: WebSearchProvider }): Skill[] {
  return [
    peopleSearch,
    profileView,
    jobSearch,
    jobDetails,
    similarJobs,
    companyProfile,
    companyJobs,
    postView,
    feedSearch,
    articleSearch,
    skillGap,
    salaryInsights,
    occupationInsights,
    createWebSearchSkill(options.webSearch),
  ];
}
