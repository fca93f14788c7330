// Entity cues for discovery: a request that names a job id, a post slug, a member or a company of
// the network (or is asked while the member views one) most likely needs a skill that takes it.

export type EntityKind = 'job' | 'post' | 'company' | 'profile';

export const SKILLS_BY_ENTITY: Record<EntityKind, readonly string[]> = {
  job: ['job_details', 'similar_jobs', 'skill_gap'],
  post: ['post_view'],
  company: ['company_profile', 'company_jobs'],
  profile: ['profile_view'],
};

const ID_PATTERNS: [EntityKind, RegExp][] = [
  ['profile', /\bmember\s+#?\d+/i],
  ['company', /\bcompany\s+#?\d+/i],
  ['job', /\b(?:job|posting|listing|role|opening|position)\s+(?:id\s+)?#?\d+/i],
  // Post slugs are the source file names: a date, then words joined by hyphens.
  ['post', /\b\d{4}-\d{2}-\d{2}-[\p{L}\p{N}]/u],
];
/** Job ids are long; a long bare number that no other pattern claims is most likely one. */
const BARE_JOB_ID = /(?<![\d-])\d{7,}(?![\d-])/;
const LEGAL_SUFFIXES = new Set([
  'inc',
  'llc',
  'ltd',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'lp',
  'llp',
]);
const MAX_NAME_WORDS = 6;
const MIN_NAME_CHARACTERS = 4;

function nameWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}&]+/gu) ?? [];
}

/** A company name as the index keys it: lower-case words, legal suffixes dropped. */
function normaliseCompanyName(name: string): string {
  const words = nameWords(name);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1) as string)) words.pop();
  return words.join(' ');
}

/** A function listing the kinds of entity a request names, given the company names of the network. */
export function entityCues(companyNames: readonly string[]): (query: string) => EntityKind[] {
  const companies = new Set(
    companyNames.map(normaliseCompanyName).filter((name) => name.length >= MIN_NAME_CHARACTERS),
  );
  const namesCompany = (query: string) => {
    // The query's words with their capitalisation, for single-word names: "SpotOn" counts, "target" does not.
    const original = query.match(/[\p{L}\p{N}&]+/gu) ?? [];
    const words = original.map((word) => word.toLowerCase());
    for (let start = 0; start < words.length; start += 1) {
      for (let length = 1; length <= MAX_NAME_WORDS && start + length <= words.length; length += 1) {
        const candidate = words.slice(start, start + length).join(' ');
        if (!companies.has(candidate)) continue;
        const capitalised = /^\p{Lu}/u.test(original[start] as string);
        if (length > 1 || (capitalised && start > 0) || words.length === 1) return true;
      }
    }
    return false;
  };
  return (query) => {
    const kinds = new Set<EntityKind>();
    for (const [kind, pattern] of ID_PATTERNS) if (pattern.test(query)) kinds.add(kind);
    const idsClaimed = kinds.has('profile') || kinds.has('company') || kinds.has('job');
    if (!idsClaimed && BARE_JOB_ID.test(query)) kinds.add('job');
    if (companies.size > 0 && namesCompany(query)) kinds.add('company');
    return [...kinds];
  };
}
