import type { FencedItem } from '../prompts/prompt-markers.ts';
import { FOLLOW_UPS_HEADING } from '../prompts/render-answer-prompt.ts';
import type { AgentName } from '../skills/agent-skill-sets.ts';
import { OFFLINE_LABEL } from './offline-label.ts';
import { entries, field, headline, listField, sentences } from './read-item.ts';
import type { OfflinePrompt } from './read-prompt.ts';

const MAX_LISTED = 5;

const ofKind = (items: readonly FencedItem[], ...kinds: string[]) =>
  items.filter((item) => kinds.includes(item.kind));
/** One bullet per entity the items list, each citing its item, at most `limit` in all. */
const bullets = (items: readonly FencedItem[], limit = MAX_LISTED) =>
  items.flatMap((item) => entries(item, limit).map((entry) => `- ${entry} ${item.citation}`)).slice(0, limit);
const joinList = (values: readonly string[]) =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;

/** Items no template placed, listed so nothing retrieved goes unmentioned. */
function others(items: readonly FencedItem[], placed: readonly FencedItem[]): string[] {
  const rest = items.filter((item) => !placed.includes(item));
  return rest.length === 0 ? [] : ['', 'Also retrieved:', ...bullets(rest)];
}

interface Body {
  lines: string[];
  followUps: string[];
}

function answerJobs(items: readonly FencedItem[]): Body {
  const jobs = ofKind(items, 'job');
  const pay = ofKind(items, 'occupation').filter((item) => /salar|median/i.test(item.text));
  const lines =
    jobs.length === 0
      ? [
          'No posting in the retrieved results matches this search. Widening the location, dropping a filter or using a broader title may help.',
        ]
      : ['Postings that matched:', ...bullets(jobs)];
  if (pay.length > 0) lines.push('', 'Pay:', ...bullets(pay));
  return {
    lines: [...lines, ...others(items, [...jobs, ...pay])],
    followUps: [
      'Which of these fits my skills best?',
      'Show me remote options for this role',
      'What does this role usually pay?',
    ],
  };
}

function answerJobFit(items: readonly FencedItem[]): Body {
  const gap = items.find((item) => field(item, 'missing') !== undefined);
  const job = ofKind(items, 'job').find((item) => item !== gap) ?? gap;
  const member = ofKind(items, 'member').find((item) => item !== gap);
  let matched = gap ? listField(gap, 'has') : [];
  let missing = gap ? listField(gap, 'missing') : [];
  let source = gap;
  if (!gap && job && member) {
    // No skill comparison was retrieved: compare the posting's listed skills with the profile's.
    const have = new Set(listField(member, 'skills').map((skill) => skill.toLowerCase()));
    const wanted = listField(job, 'skills');
    matched = wanted.filter((skill) => have.has(skill.toLowerCase()));
    missing = wanted.filter((skill) => !have.has(skill.toLowerCase()));
    source = wanted.length > 0 ? job : undefined;
  }
  const cite = source ? [source.citation, ...(member ? [member.citation] : [])].join(' ') : '';
  const lines: string[] = [];
  if (job) lines.push(`About ${headline(job)} ${job.citation}:`);
  const wanted = job ? listField(job, 'skills') : [];
  if (!source && !member && job && wanted.length > 0) {
    // Nobody signed in (or no profile found): what the posting asks for, and how to get a comparison.
    lines.push(
      `- The posting asks for: ${joinList(wanted.slice(0, 10))} ${job.citation}.`,
      '- Your profile was not retrieved, so I cannot compare it with these; sign in to get that comparison.',
    );
  } else if (!source) {
    lines.push(
      "The retrieved data holds no skill comparison for this posting, so I can't say which of its requirements your profile covers.",
    );
  } else {
    const coverage = gap ? field(gap, 'coverage') : undefined;
    if (matched.length > 0) lines.push(`- You already have: ${joinList(matched.slice(0, 8))} ${cite}.`);
    lines.push(
      missing.length > 0
        ? `- The posting also asks for: ${joinList(missing.slice(0, 8))} ${cite}.`
        : `- Your profile covers every skill the posting names ${cite}.`,
    );
    if (coverage && /\d/.test(coverage)) lines.push(`- Coverage: ${coverage} ${gap?.citation}.`);
  }
  lines.push(
    '',
    'Skill lists are only part of the picture: your experience and how you present it count too.',
    '',
    'Next steps:',
  );
  const steps = [
    ...(missing[0]
      ? [`Build a small project or take a short course that uses ${missing[0]}, and add it to your profile.`]
      : []),
    ...(matched.length > 0
      ? [`Lead your application with ${joinList(matched.slice(0, 2))}, which the posting asks for.`]
      : []),
    'Compare a few similar postings to see which requirements come up most often.',
  ];
  lines.push(...steps.map((step, index) => `${index + 1}. ${step}`));
  const placed = [gap, job, member].filter((item): item is FencedItem => item !== undefined);
  return {
    lines: [...lines, ...others(items, placed)],
    followUps: [
      'Show me similar jobs',
      missing[0] ? `How can I learn ${missing[0]}?` : 'What should I learn next for roles like this?',
      'What does this role usually pay?',
    ],
  };
}

function answerCompany(items: readonly FencedItem[]): Body {
  const companies = ofKind(items, 'company');
  const jobs = ofKind(items, 'job');
  const people = ofKind(items, 'member');
  const posts = ofKind(items, 'post');
  const lines: string[] = [];
  for (const company of companies.slice(0, 2)) {
    lines.push(`${headline(company)} ${company.citation}`);
    for (const sentence of sentences(company, 2)) lines.push(`${sentence} ${company.citation}`);
  }
  if (companies.length === 0) lines.push('The company itself was not found in the retrieved data.');
  if (jobs.length > 0) lines.push('', 'Open roles:', ...bullets(jobs));
  if (people.length > 0) lines.push('', 'People there:', ...bullets(people));
  if (posts.length > 0) lines.push('', 'Recent posts:', ...bullets(posts, 3));
  const name = companies[0] ? headline(companies[0]).split(/\s[—·-]\s|,/)[0] : 'this company';
  return {
    lines: [...lines, ...others(items, [...companies, ...jobs, ...people, ...posts])],
    followUps: [
      `What jobs is ${name} hiring for?`,
      `Who works at ${name}?`,
      'Find similar companies hiring near me',
    ],
  };
}

function answerPostTakeaways(items: readonly FencedItem[]): Body {
  const posts = ofKind(items, 'post', 'article');
  const member = ofKind(items, 'member')[0];
  const lines: string[] = [];
  const post = posts[0];
  if (!post) {
    lines.push('The post itself was not retrieved, so I cannot list its takeaways.');
  } else {
    lines.push(`Takeaways from ${headline(post)} ${post.citation}:`);
    const points = sentences(post, 4);
    lines.push(
      ...(points.length > 0
        ? points.map((point) => `- ${point} ${post.citation}`)
        : [`- ${headline(post)} ${post.citation}`]),
    );
    if (member) {
      const own = new Set(member.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
      const closest = [...points].sort((a, b) => overlap(b, own) - overlap(a, own))[0];
      lines.push(
        '',
        closest && overlap(closest, own) > 0
          ? `For you (${headline(member)} ${member.citation}), the closest point to your own work is: "${closest}" ${post.citation}`
          : `For you (${headline(member)} ${member.citation}): the post does not touch your listed skills directly, so read it as background.`,
      );
    }
  }
  return {
    lines: [
      ...lines,
      ...others(
        items,
        [post, member].filter((item): item is FencedItem => item !== undefined),
      ),
    ],
    followUps: [
      'Find related posts',
      'How can I apply this to my work?',
      'Summarise the main argument in one sentence',
    ],
  };
}

function overlap(sentence: string, words: ReadonlySet<string>): number {
  return (sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((word) => words.has(word)).length;
}

function answerKnowledge(items: readonly FencedItem[]): Body {
  const lines = ['What the retrieved sources say:'];
  for (const item of items.slice(0, MAX_LISTED)) {
    const listed = entries(item, 3);
    // A single source gets its first sentence too; a list of results is already one line each.
    const point = listed.length === 1 ? sentences(item, 1)[0] : undefined;
    lines.push(...listed.map((entry) => `- ${entry}${point ? `: ${point}` : ''} ${item.citation}`));
  }
  return {
    lines: [...lines, ...others(items, items.slice(0, MAX_LISTED))],
    followUps: [
      'Find articles that go deeper on this',
      'What skills does this involve?',
      'Are people on the network posting about this?',
    ],
  };
}

function answerCareerCoach(items: readonly FencedItem[]): Body {
  const member = ofKind(items, 'member')[0];
  const rest = items.filter((item) => item !== member);
  const lines: string[] = [];
  lines.push(
    member
      ? `Starting from your profile: ${headline(member)} ${member.citation}.`
      : 'Your profile was not retrieved, so this is general.',
  );
  if (rest.length > 0) lines.push('', 'What the retrieved data says:');
  for (const item of rest.slice(0, MAX_LISTED)) {
    const detail = field(item, 'hot technologies') ?? sentences(item, 1)[0];
    lines.push(`- ${headline(item)}${detail ? `: ${detail}` : ''} ${item.citation}`);
  }
  lines.push(
    '',
    'Next steps:',
    '1. Compare the skills above with those on your profile and pick one to build first.',
    '2. Rewrite your headline and latest role to show the experience that carries over.',
    '3. Talk to two or three people already in the role you want.',
  );
  return {
    lines: [...lines, ...others(items, [...(member ? [member] : []), ...rest.slice(0, MAX_LISTED)])],
    followUps: [
      'What skills should I build first?',
      'Help me prepare for an interview',
      'Find jobs for my target role',
    ],
  };
}

const TEMPLATES: Record<AgentName, (items: readonly FencedItem[]) => Body> = {
  jobs: answerJobs,
  job_fit: answerJobFit,
  company: answerCompany,
  post_takeaways: answerPostTakeaways,
  knowledge: answerKnowledge,
  career_coach: answerCareerCoach,
};

/**
 * A grounded, extractive answer: the agent's template filled only with the dossier's own lines and
 * citations, the offline label first, follow-ups last in the format the answer prompt asks for.
 */
export function writeAnswer(prompt: OfflinePrompt, agent: AgentName): string {
  const failed =
    prompt.failures.length > 0
      ? [`Some lookups failed, so this answer may be incomplete: ${prompt.failures.join(' ')}`, '']
      : [];
  const body: Body = prompt.dossierEmpty
    ? {
        lines: [
          "I couldn't retrieve anything for this question, so I can't answer it from the network's data right now.",
        ],
        followUps: TEMPLATES[agent]([]).followUps,
      }
    : TEMPLATES[agent](prompt.dossier);
  return [
    OFFLINE_LABEL,
    '',
    ...failed,
    ...body.lines,
    '',
    FOLLOW_UPS_HEADING,
    ...body.followUps.slice(0, 3).map((question) => `- ${question}`),
  ].join('\n');
}
