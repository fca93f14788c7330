import type { AgentName } from '../skills/agent-skill-sets.ts';
import type { Entities } from './extract-entities.ts';
import type { PlannedCall } from './render-plan.ts';

/** What the planner knows: the entities of the question, of what is viewed and of the conversation. */
export interface PlanningFacts {
  agent: AgentName;
  question: string;
  asked: Entities;
  viewing?: Entities;
  /** Entities of the member's earlier turns, newest first: what a follow-up leaves unsaid. */
  earlier: Entities[];
  /** Ids the assistant cited in the conversation, newest turn first, in order within a turn. */
  cited: { jobIds: number[]; companyIds: number[]; postSlugs: string[] };
  member?: { location?: string; title?: string };
}

const PAY =
  /\b(salary|salaries|pay|paid|pays|paying|underpaid|overpaid|compensation|earn|earns|earning|wages?|negotiat\w*|offer|raise)\b/i;
const PEOPLE =
  /\b(people|who works|employees|staff|team|mentors?|contacts?|connect\w*|recruiters?|someone|alumni|hiring managers?)\b/i;
const NEWS = /\b(news|posts?|updates?|announce\w*|culture|talking about|trends?)\b/i;
const SIMILAR = /\b(similar|like this|like that|alternatives?|other options|comparable|instead)\b/i;
const ABOUT_ME =
  /\b(my (skills|profile|experience|background|resume)|for me|match me|suit me|fit me|i qualify)\b/i;
const OPENINGS = /\b(jobs?|openings?|hiring|vacanc\w+|positions?|roles?)\b/i;
const COACHING =
  /\b(interview\w*|resume|résumé|cv|cover letter|profile|headline|summary|negotiat\w*|promot\w*|pivot\w*|switch\w*|transition\w*|change careers?|career change|move into|break into|grow\w*|network\w*|portfolio)\b/i;
const TARGET_ROLE =
  /\b(become|becoming|pivot|switch|transition|move into|break into|skills? (do i need|for|needed)|learn|outlook|what does|career path)\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** The nth job the assistant listed when the member says "the second one". */
function ordinalJob(facts: PlanningFacts): number | undefined {
  const index = ORDINALS.findIndex((word) => new RegExp(`\\b${word}\\b`, 'i').test(facts.question));
  return index < 0 ? undefined : facts.cited.jobIds[index];
}

function jobInQuestion(facts: PlanningFacts): number | undefined {
  return facts.asked.jobIds[0] ?? ordinalJob(facts) ?? facts.viewing?.jobIds[0];
}

/** A follow-up ("what about remote ones?") names no topic: the conversation's last one stands. */
function topicOf(entities: Entities): string | undefined {
  // Skill words as the member wrote them (in the keywords) search better than taxonomy names.
  return entities.titles[0] ?? (entities.keywords.length > 0 ? entities.keywords.join(' ') : undefined);
}

function topic(facts: PlanningFacts): string | undefined {
  return topicOf(facts.asked) ?? facts.earlier.map(topicOf).find(Boolean);
}

// "pivot into product management", "become a data analyst": the role named after the cue, the
// strongest cue first so "want to pivot into X" gives X.
const ROLE_CUES = [
  'into',
  'become|becoming',
  '(?:switch|move|transition|pivot|change)\\w*\\b.{0,40}?\\bto',
  'as',
].map(
  (cue) =>
    new RegExp(
      `\\b(?:${cue})\\s+(?:an?\\s+)?([a-z][a-z -]{2,40}?)(?=\\s+(?:role|roles|where|how|what|and|but|in|at|from|with)\\b|[,.?!]|$)`,
      'i',
    ),
);

const roleAfterCue = (question: string) => ROLE_CUES.map((cue) => cue.exec(question)?.[1]).find(Boolean);

function targetTitle(facts: PlanningFacts): string | undefined {
  return (
    facts.asked.titles[0] ??
    roleAfterCue(facts.question) ??
    facts.viewing?.titles[0] ??
    facts.earlier.find((e) => e.titles.length > 0)?.titles[0]
  );
}

function place(facts: PlanningFacts): string | undefined {
  if (facts.asked.places[0]) return facts.asked.places[0];
  if (facts.asked.remote) return undefined;
  return facts.earlier.find((e) => e.places.length > 0)?.places[0] ?? facts.member?.location;
}

function company(facts: PlanningFacts): { company_id: number } | { name: string } | undefined {
  const asked = facts.asked.companyIds[0] ?? facts.asked.companies[0]?.companyId;
  const id =
    asked ??
    facts.viewing?.companyIds[0] ??
    facts.viewing?.companies[0]?.companyId ??
    facts.earlier.find((e) => e.companies.length > 0)?.companies[0]?.companyId ??
    facts.cited.companyIds[0];
  return id !== undefined ? { company_id: id } : undefined;
}

const defined = <T extends Record<string, unknown>>(args: T) =>
  Object.fromEntries(
    Object.entries(args).filter(([, value]) => value !== undefined && value !== ''),
  ) as PlannedCall['args'];

function planJobs(facts: PlanningFacts): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const { asked, question } = facts;
  if (ABOUT_ME.test(question)) calls.push(...ownProfile(facts));
  const jobId = jobInQuestion(facts);
  if (jobId !== undefined && SIMILAR.test(question)) {
    calls.push({ skill: 'similar_jobs', args: { job_id: jobId, limit: 5 } });
    return calls;
  }
  // "Tell me more about this posting": a question with no topic of its own is about the job in view.
  const detailed = asked.jobIds[0] ?? (topicOf(asked) ? undefined : facts.viewing?.jobIds[0]);
  if (detailed !== undefined) {
    calls.push({ skill: 'job_details', args: { job_id: detailed } });
    if (asked.jobIds[0] === undefined) return calls;
  }
  const employer = asked.companies[0];
  const query = topic(facts) ?? facts.member?.title;
  if (employer && !topicOf(asked)) {
    calls.push({ skill: 'company_jobs', args: { company_id: employer.companyId, limit: 5 } });
  } else if (query || employer) {
    calls.push({
      skill: 'job_search',
      args: defined({
        query,
        location: place(facts),
        remote: asked.remote || undefined,
        work_type: asked.workType,
        experience_level: asked.experienceLevel,
        company_id: employer?.companyId,
        limit: 5,
      }),
    });
  }
  const title = asked.titles[0] ?? facts.earlier.find((e) => e.titles.length > 0)?.titles[0];
  if (PAY.test(question) && title) {
    calls.push({ skill: 'salary_insights', args: defined({ title, location: place(facts) }) });
  }
  return calls;
}

/** The member's own profile, when someone is signed in: an anonymous viewer has none to read. */
function ownProfile(facts: PlanningFacts): PlannedCall[] {
  return facts.member ? [{ skill: 'profile_view', args: {} }] : [];
}

function planJobFit(facts: PlanningFacts): PlannedCall[] {
  const jobId = jobInQuestion(facts) ?? facts.cited.jobIds[0];
  const title = targetTitle(facts);
  const calls: PlannedCall[] = [];
  if (jobId !== undefined) {
    calls.push({ skill: 'job_details', args: { job_id: jobId } });
    if (facts.member) calls.push({ skill: 'skill_gap', args: { job_id: jobId } });
  }
  calls.push(...ownProfile(facts));
  if (jobId === undefined && title) calls.push({ skill: 'occupation_insights', args: { title } });
  if (PAY.test(facts.question) && title) {
    calls.push({
      skill: 'salary_insights',
      args: defined({ title, location: facts.viewing?.places[0] ?? place(facts) }),
    });
  }
  if (jobId !== undefined && SIMILAR.test(facts.question))
    calls.push({ skill: 'similar_jobs', args: { job_id: jobId, limit: 5 } });
  return calls;
}

function planCompany(facts: PlanningFacts): PlannedCall[] {
  const target = company(facts);
  const name = facts.asked.companies[0]?.name;
  if (!target) {
    const words = facts.asked.keywords.join(' ');
    return words
      ? [
          { skill: 'company_profile', args: { name: words } },
          { skill: 'web_search', args: { query: facts.question } },
        ]
      : [];
  }
  const calls: PlannedCall[] = [
    { skill: 'company_profile', args: target },
    { skill: 'company_jobs', args: { ...target, limit: 5 } },
  ];
  if (PEOPLE.test(facts.question)) {
    calls.push({
      skill: 'people_search',
      args: defined({ ...target, skill: facts.asked.skills[0], limit: 5 }),
    });
  }
  if (NEWS.test(facts.question))
    calls.push({ skill: 'feed_search', args: defined({ query: name ?? topicOf(facts.asked), limit: 5 }) });
  const title = facts.asked.titles[0];
  if (PAY.test(facts.question) && title) calls.push({ skill: 'salary_insights', args: { title } });
  return calls.filter((call) => call.skill !== 'feed_search' || 'query' in call.args);
}

function planPostTakeaways(facts: PlanningFacts): PlannedCall[] {
  const slug = facts.viewing?.postSlugs[0] ?? facts.asked.postSlugs[0] ?? facts.cited.postSlugs[0];
  const calls: PlannedCall[] = [];
  if (slug) calls.push({ skill: 'post_view', args: { slug } });
  calls.push(...ownProfile(facts));
  const query = topic(facts);
  if ((!slug || /\b(related|more|other|similar)\b/i.test(facts.question)) && query) {
    calls.push({ skill: 'feed_search', args: { query, limit: 5 } });
  }
  return calls;
}

function planKnowledge(facts: PlanningFacts): PlannedCall[] {
  const query = topic(facts) ?? facts.question;
  const calls: PlannedCall[] = [];
  const slug = facts.viewing?.postSlugs[0];
  if (slug) calls.push({ skill: 'post_view', args: { slug } });
  calls.push({ skill: 'article_search', args: { query, limit: 3 } });
  // Articles first, then posts on the network (the agent's instructions), the web for what both miss.
  calls.push({ skill: 'feed_search', args: { query, limit: 5 } });
  const title = facts.asked.titles[0];
  if (title && /\b(what does|do all day|role of|responsibilit\w*|become)\b/i.test(facts.question)) {
    calls.push({ skill: 'occupation_insights', args: { title } });
  }
  calls.push({ skill: 'web_search', args: { query, count: 5 } });
  return calls;
}

function planCareerCoach(facts: PlanningFacts): PlannedCall[] {
  const { question } = facts;
  const target = targetTitle(facts);
  const calls: PlannedCall[] = ownProfile(facts);
  // Viewing someone else's profile ("how did they get there?"): their path is part of the advice.
  const viewed = facts.viewing?.memberIds[0];
  if (viewed !== undefined) calls.push({ skill: 'profile_view', args: { member_id: viewed } });
  const jobId = facts.asked.jobIds[0] ?? facts.viewing?.jobIds[0];
  if (jobId !== undefined && facts.member) calls.push({ skill: 'skill_gap', args: { job_id: jobId } });
  if (target && (TARGET_ROLE.test(question) || !PAY.test(question))) {
    calls.push({ skill: 'occupation_insights', args: { title: target } });
  }
  const payTitle = target ?? facts.member?.title;
  if (PAY.test(question) && payTitle) {
    calls.push({ skill: 'salary_insights', args: defined({ title: payTitle, location: place(facts) }) });
  }
  if (COACHING.test(question) || calls.length <= 1) {
    const query = facts.asked.keywords.join(' ') || topic(facts) || question;
    calls.push({ skill: 'article_search', args: { query, limit: 3 } });
  }
  if (target && OPENINGS.test(question) && !COACHING.test(question)) {
    calls.push({ skill: 'job_search', args: defined({ query: target, location: place(facts), limit: 5 }) });
  }
  if (PEOPLE.test(question)) {
    // A taxonomy skill named ("who knows Python") filters people exactly; a role searches their titles.
    const skill = facts.asked.skills[0];
    calls.push({
      skill: 'people_search',
      args: defined({ query: skill ? undefined : (target ?? facts.member?.title), skill, limit: 5 }),
    });
  }
  return calls;
}

const PLANNERS: Record<AgentName, (facts: PlanningFacts) => PlannedCall[]> = {
  jobs: planJobs,
  job_fit: planJobFit,
  company: planCompany,
  post_takeaways: planPostTakeaways,
  knowledge: planKnowledge,
  career_coach: planCareerCoach,
};

/**
 * The calls an agent's instructions ask for, given the facts: deterministic rules per agent, then
 * only skills the prompt allows, each once, with every required argument present.
 */
export function planCalls(
  facts: PlanningFacts,
  allowedSkills: readonly string[],
): { calls: PlannedCall[]; fallback: boolean } {
  const allowed = new Set(allowedSkills);
  const seen = new Set<string>();
  const calls = PLANNERS[facts.agent](facts).filter((call) => {
    const key = `${call.skill} ${JSON.stringify(call.args)}`;
    if ((allowed.size > 0 && !allowed.has(call.skill)) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return calls.length > 0
    ? { calls, fallback: false }
    : { calls: searchFallback(facts, allowedSkills), fallback: true };
}

// Searches that take free text, in the order a question is most often about them.
const FALLBACK_SEARCHES = ['job_search', 'article_search', 'feed_search', 'people_search', 'web_search'];

/** When the agent's rules find nothing the prompt allows, the first allowed search on the question's words. */
function searchFallback(facts: PlanningFacts, allowedSkills: readonly string[]): PlannedCall[] {
  const skill = FALLBACK_SEARCHES.find((name) => allowedSkills.includes(name));
  const query = topic(facts) ?? facts.question.trim();
  if (!skill || !query) return [];
  const location = skill === 'job_search' || skill === 'people_search' ? place(facts) : undefined;
  return [{ skill, args: defined({ query, location }) }];
}
