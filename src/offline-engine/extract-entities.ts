import { toStateCode } from '../network/search/us-states.ts';
import { type Token, tokenize } from '../network/taxonomy/tokenize.ts';
import type { CompanyEntry, Gazetteers } from './build-gazetteers.ts';
import type { PhraseMatch } from './create-phrase-matcher.ts';

/** What a text names, as the planner needs it. */
export interface Entities {
  /** Job titles as written, longest first. */
  titles: string[];
  companies: CompanyEntry[];
  /** Locations as skills take them: "Austin, TX", "TX". */
  places: string[];
  /** Taxonomy skills. */
  skills: string[];
  remote: boolean;
  /** job_search's `work_type` and `experience_level` values; the plan tests check the skill accepts them. */
  workType?: string;
  experienceLevel?: string;
  jobIds: number[];
  companyIds: number[];
  memberIds: number[];
  postSlugs: string[];
  /** Content words left once places, companies and request words are removed: a search query. */
  keywords: string[];
}

// Words that ask rather than describe: never part of a search query.
const REQUEST_WORDS = new Set(
  `a an the and or but of for to in on at by with from about into near around me my i i'm im we our you your
  is are was were be been am do does did can could would should will shall may might must have has had it its
  this that these those there here what which who whom whose when where why how any some all find show give
  tell list get look looking search want need like please help open opening openings job jobs role roles
  position positions posting postings vacancy vacancies hiring hire work working career currently new more
  other else also just only really good best top recent latest one ones them they their than then so if not
  no yes anything something thing things kind kinds type types lot lots much many few way ways explain
  summarize summarise summary mean means know let us up out over under again still etc area city
  remote remotely wfh anywhere home part full time contract freelance temporary temp senior junior sr entry
  level mid staff principal`
    .split(/\s+/)
    .filter(Boolean),
);

// Capitalised words that start questions, which a one-word company name ("Affirm") must not take.
const COMMON_WORDS = new Set([
  ...REQUEST_WORDS,
  'remote',
  'senior',
  'junior',
  'company',
  'companies',
  'team',
]);

const WORK_TYPE_CUES: [RegExp, Entities['workType']][] = [
  [/\bpart[- ]time\b/i, 'part_time'],
  [/\bfull[- ]time\b/i, 'full_time'],
  [/\b(contract|contractor|freelance)\b/i, 'contract'],
  [/\b(temporary|temp)\b/i, 'temporary'],
  [/\b(internships?|intern)\b/i, 'internship'],
  [/\bvolunteer(ing)?\b/i, 'volunteer'],
];

const EXPERIENCE_CUES: [RegExp, Entities['experienceLevel']][] = [
  [/\b(internships?|intern)\b/i, 'internship'],
  [/\b(entry[- ]level|junior|graduate|new grad)\b/i, 'entry_level'],
  [/\bassociate\b/i, 'associate'],
  [/\b(senior|sr\.?|mid[- ]level|staff|principal)\b/i, 'mid_senior_level'],
  [/\bdirector\b/i, 'director'],
  [/\b(executive|vp|vice president|c-level|chief)\b/i, 'executive'],
];

const REMOTE = /\b(remote|remotely|work from home|wfh|anywhere)\b/i;

const ID_TEXT = /\[?\b(job|company|member|profile|post):\s?[\w.-]*\w\]?/gi;

/** `job:123`, `[job:123]`, `company:42`, `post:slug`, `member:7`, `profile:7`; also "job 3904388204". */
function readIds(text: string): Pick<Entities, 'jobIds' | 'companyIds' | 'memberIds' | 'postSlugs'> {
  const ids = {
    jobIds: [] as number[],
    companyIds: [] as number[],
    memberIds: [] as number[],
    postSlugs: [] as string[],
  };
  for (const match of text.matchAll(/\b(job|company|member|profile|post):\s?([\w.-]*\w)/gi)) {
    const [kind, id] = [(match[1] as string).toLowerCase(), match[2] as string];
    if (kind === 'post') ids.postSlugs.push(id);
    else if (/^\d+$/.test(id)) {
      if (kind === 'job') ids.jobIds.push(Number(id));
      else if (kind === 'company') ids.companyIds.push(Number(id));
      else ids.memberIds.push(Number(id));
    }
  }
  for (const match of text.matchAll(/\bjob(?:\s+id)?\s*(?:#|no\.?|number)?\s*(\d{5,})\b/gi))
    ids.jobIds.push(Number(match[1]));
  const unique = <T>(values: T[]) => [...new Set(values)];
  return {
    jobIds: unique(ids.jobIds),
    companyIds: unique(ids.companyIds),
    memberIds: unique(ids.memberIds),
    postSlugs: unique(ids.postSlugs),
  };
}

const capitalised = (token: Token | undefined) => Boolean(token && /^\p{Lu}/u.test(token.text));

function acceptCompany(tokens: readonly Token[]) {
  return (match: PhraseMatch<CompanyEntry>) => {
    const first = tokens[match.start];
    if (match.end - match.start > 1) return true;
    // One-word names must be written as names: "Adyen", not "affirm".
    return Boolean(first && first.text.length >= 3 && capitalised(first) && !COMMON_WORDS.has(first.key));
  };
}

function acceptPlace(tokens: readonly Token[]) {
  return (match: PhraseMatch<{ kind: string }>) => {
    const previous = tokens[match.start - 1]?.key;
    // A city in lower case counts after "in"/"near"; otherwise it must be capitalised ("Mobile", "Reading").
    return (
      capitalised(tokens[match.start]) || previous === 'in' || previous === 'near' || previous === 'around'
    );
  };
}

/**
 * The entities in a text: ids written in it, then gazetteer phrases (places, companies, titles) and
 * taxonomy skills. Deterministic for a text and a database.
 */
export async function extractEntities(
  text: string,
  gazetteers: Gazetteers,
  extractSkills: (text: string) => Promise<string[]>,
): Promise<Entities> {
  const tokens = tokenize(text.replace(ID_TEXT, ' '));
  const taken = new Set<number>();
  const take = (match: { start: number; end: number }) => {
    for (let at = match.start; at < match.end; at++) taken.add(at);
  };

  const places: string[] = [];
  for (const match of gazetteers.places.find(tokens, acceptPlace(tokens))) {
    take(match);
    // "Austin, TX": the state written after the city wins over the one with the most postings.
    const written = match.value.kind === 'city' ? toStateCode(tokens[match.end]?.text ?? '') : null;
    if (written && tokens[match.end]?.text === tokens[match.end]?.text.toUpperCase()) {
      take({ start: match.end, end: match.end + 1 });
      places.push(`${match.value.location.split(',')[0]}, ${written}`);
    } else places.push(match.value.location);
  }
  const free = (match: { start: number; end: number }) => {
    for (let at = match.start; at < match.end; at++) if (taken.has(at)) return false;
    return true;
  };
  const acceptName = acceptCompany(tokens);
  const companies = gazetteers.companies.find(tokens, (match) => free(match) && acceptName(match));
  for (const match of companies) take(match);
  const titles = gazetteers.titles
    .find(
      tokens,
      (match) =>
        free(match) && !(match.end - match.start === 1 && REQUEST_WORDS.has(tokens[match.start]?.key ?? '')),
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start));

  return {
    titles: [...new Set(titles.map((match) => match.text))],
    companies: [...new Map(companies.map((match) => [match.value.companyId, match.value])).values()],
    places: [...new Set(places)],
    skills: await extractSkills(text),
    remote: REMOTE.test(text),
    workType: WORK_TYPE_CUES.find(([cue]) => cue.test(text))?.[1],
    experienceLevel: EXPERIENCE_CUES.find(([cue]) => cue.test(text))?.[1],
    ...readIds(text),
    keywords: tokens
      .filter((token, at) => !taken.has(at) && !REQUEST_WORDS.has(token.key) && !/^\d+$/.test(token.key))
      .map((token) => token.text),
  };
}
