import type { Insertable } from 'kysely';
import type { MemberTable } from '../db/schema.ts';
import type { ParsedPost } from './read-post.ts';

const TOP_TAGS = 3;

/**
 * The member profile of a blog author, built only from what the posts say: the byline slug gives
 * the name (`laura-gerhardt` → Laura Gerhardt; a single handle such as `melody` stays a first name,
 * no surname is invented), the posts give the about text, and 18F (part of GSA, in Washington, DC)
 * is the employer. Contact details use reserved fictional ranges (example.org, 555-01xx).
 */
export function postAuthorMember(
  memberId: number,
  authorSlug: string,
  posts: readonly ParsedPost[],
): Insertable<MemberTable> {
  const [firstName = authorSlug, ...lastNames] = authorSlug
    .split(/[-_.]+/)
    .filter(Boolean)
    .map(capitalise);
  const dates = posts.map((post) => post.publishedAt).sort((a, b) => a - b);
  const first = dates[0] ?? 0;
  const last = dates.at(-1) ?? first;
  const isTeamAccount = authorSlug.toLowerCase() === '18f';
  return {
    member_id: memberId,
    first_name: firstName,
    last_name: lastNames.join(' '),
    headline: isTeamAccount
      ? 'Digital services agency at the U.S. General Services Administration (GSA)'
      : 'Author on the 18F blog at the U.S. General Services Administration (GSA)',
    about: authorAbout(posts, first, last),
    city: 'Washington',
    state: 'DC',
    country: 'US',
    onet_code: null,
    industry: 'Government Administration',
    joined_at: first,
    email: `${authorSlug.toLowerCase()}@18f-authors.example.org`,
    phone: `(202) 555-01${String(memberId % 100).padStart(2, '0')}`,
    desired_salary: null,
    open_to_work: 0,
  };
}

function authorAbout(posts: readonly ParsedPost[], first: number, last: number): string {
  const years = [new Date(first).getUTCFullYear(), new Date(last).getUTCFullYear()];
  const span = years[0] === years[1] ? `in ${years[0]}` : `between ${years[0]} and ${years[1]}`;
  const count = posts.length === 1 ? 'one post' : `${posts.length} posts`;
  const topics = topTags(posts);
  const latest = posts.reduce((a, b) => (b.publishedAt > a.publishedAt ? b : a));
  const about = [`Wrote ${count} on the 18F blog ${span}${topics ? `, on ${topics}` : ''}.`];
  about.push(`Latest: “${latest.title}”.`);
  return about.join(' ');
}

function topTags(posts: readonly ParsedPost[]): string {
  const counts = new Map<string, number>();
  for (const tag of posts.flatMap((post) => post.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_TAGS)
    .map(([tag]) => tag);
  return tags.length > 1 ? `${tags.slice(0, -1).join(', ')} and ${tags.at(-1)}` : (tags[0] ?? '');
}

function capitalise(word: string): string {
  return word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
