import type { Network } from '../network/api/create-network.ts';
import { ANONYMOUS_VIEWER, memberViewer } from '../network/api/viewer.ts';
import type { AgentName } from '../skills/agent-skill-sets.ts';
import type { Gazetteers } from './build-gazetteers.ts';
import { type Entities, extractEntities } from './extract-entities.ts';
import { type PlanningFacts, planCalls } from './plan-calls.ts';
import type { OfflinePrompt } from './read-prompt.ts';
import { renderPlan } from './render-plan.ts';

/** Earlier member turns read for what a follow-up leaves unsaid. */
const EARLIER_TURNS = 3;

const THOUGHTS: Record<AgentName, string> = {
  jobs: 'search postings for what the member asked, where they want to work',
  job_fit: "compare the member's profile with the posting",
  company: 'look up the company, its openings and people',
  post_takeaways: 'read the post and the member profile to personalise takeaways',
  knowledge: 'ground the answer in articles, posts and the web',
  career_coach: "start from the member's profile, then what the goal needs",
};

async function memberFacts(network: Network, memberId: number | undefined, signal: AbortSignal) {
  if (memberId === undefined) return undefined;
  const profile = await network
    .getMemberProfile(memberViewer(memberId), { memberId }, signal)
    .catch(() => undefined); // an unknown member plans like an anonymous one
  if (!profile) return undefined;
  const { city, state } = profile.location;
  const current = profile.positions.find((position) => position.endDate === null) ?? profile.positions[0];
  return {
    location: city && state ? `${city}, ${state}` : (state ?? undefined),
    title: current?.title ?? profile.occupation?.title,
  };
}

/**
 * What the member views, as text to read entities from: the `Viewing:` line, and when it names a job
 * by id alone, the job's title, company and place from the network ("is the pay fair for this role?"
 * needs the title).
 */
async function viewingText(
  prompt: OfflinePrompt,
  network: Network,
  signal: AbortSignal,
): Promise<string | undefined> {
  const jobId = /^job:(\d+)\s*$/.exec(prompt.viewing ?? '')?.[1];
  if (!jobId) return prompt.viewing;
  const viewer = prompt.memberId === undefined ? ANONYMOUS_VIEWER : memberViewer(prompt.memberId);
  const job = await network.getJob(viewer, { jobId: Number(jobId) }, signal).catch(() => undefined);
  return job
    ? `job:${jobId} — ${job.title} at company:${job.company.companyId} ${job.company.name}, ${job.location.text}`
    : prompt.viewing;
}

function citedIds(prompt: OfflinePrompt): PlanningFacts['cited'] {
  const cited = { jobIds: [] as number[], companyIds: [] as number[], postSlugs: [] as string[] };
  for (const line of prompt.history.filter((turn) => turn.speaker === 'assistant').reverse()) {
    for (const [, kind, id] of line.text.matchAll(/\[(job|company|post):([^\]\s]+)\]/g)) {
      if (kind === 'post') cited.postSlugs.push(id as string);
      else if (/^\d+$/.test(id as string))
        (kind === 'job' ? cited.jobIds : cited.companyIds).push(Number(id));
    }
  }
  return cited;
}

/** The YAML plan for a planning prompt: entities of the request, rules of the agent, skills allowed. */
export async function writePlan(
  prompt: OfflinePrompt,
  agent: AgentName,
  tools: { network: Network; gazetteers: Gazetteers },
  signal: AbortSignal,
): Promise<string> {
  const extract = (text: string): Promise<Entities> =>
    extractEntities(text, tools.gazetteers, (words) => tools.network.context.extractSkills(words, signal));
  const earlierTurns = prompt.history
    .filter((turn) => turn.speaker === 'member')
    .slice(-EARLIER_TURNS)
    .reverse();
  const viewed = await viewingText(prompt, tools.network, signal);
  const [asked, viewing, earlier, member] = await Promise.all([
    extract(prompt.question),
    viewed ? extract(viewed) : undefined,
    Promise.all(earlierTurns.map((turn) => extract(turn.text))),
    memberFacts(tools.network, prompt.memberId, signal),
  ]);
  const facts: PlanningFacts = {
    agent,
    question: prompt.question,
    asked,
    viewing,
    earlier,
    cited: citedIds(prompt),
    member,
  };
  const { calls, fallback } = planCalls(facts, prompt.allowedSkills);
  return renderPlan(fallback ? 'search for what the member asked' : THOUGHTS[agent], calls);
}
