import { plausibleYearlySalary } from './normalise-salary.ts';
import { parseLocation } from './parse-location.ts';
import type { Posting } from './read-postings.ts';

const LISTED = 3;
const SENTENCE = /[^.!?\n]+[.!?]?/g;
const BOILERPLATE =
  /equal opportunity|equal employment|affirmative action|without regard|e-verify|accommodation/i;
const MAX_ABOUT_LENGTH = 320;
const WORK_TYPES: Readonly<Record<string, string>> = {
  FULL_TIME: 'full-time',
  PART_TIME: 'part-time',
  CONTRACT: 'contract',
  TEMPORARY: 'temporary',
  INTERNSHIP: 'internship',
  VOLUNTEER: 'volunteer',
  OTHER: 'other',
};
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/**
 * Describes an employer known only from its postings, in plain sentences built from what they say:
 * how the employer presents itself (the first sentence of a posting that names it, leaving out
 * equal-opportunity boilerplate), what it hires for, where, on what terms and for what pay.
 */
export function describePostingCompany(name: string | null, postings: readonly Posting[]): string {
  const subject = name ?? 'This employer, whose postings do not name it,';
  const sentences: string[] = [];
  const about = name ? selfDescription(name, postings) : null;
  if (about) sentences.push(about);

  const titles = distinct(postings.map((p) => p.title));
  sentences.push(
    `${subject} has ${postings.length === 1 ? 'one opening' : `${postings.length} openings`} on Dossier: ${listed(titles)}.`,
  );

  const places = distinct(
    postings.map((p) => {
      const { city, state, country } = parseLocation(p.location);
      return (
        [city, state].filter(Boolean).join(', ') || (country === 'US' ? 'the United States' : p.location)
      );
    }),
  );
  const remote = postings.filter((p) => p.remote_allowed).length;
  const where = [`Based in ${listed(places)}`];
  if (remote > 0)
    where.push(remote === postings.length ? 'open to remote work' : `${remote} open to remote work`);
  sentences.push(`${where.join(', ')}.`);

  const terms = distinct(postings.map((p) => (p.work_type ? (WORK_TYPES[p.work_type] ?? null) : null)));
  if (terms.length > 0) sentences.push(`${capitalise(listed(terms))} work.`);
  const levels = distinct(postings.map((p) => p.formatted_experience_level));
  if (levels.length > 0) sentences.push(`Experience sought: ${listed(levels)}.`);

  const pay = postings.flatMap((p) =>
    p.currency === 'USD' || p.currency === null
      ? [p.min_salary, p.med_salary, p.max_salary].map((amount) =>
          plausibleYearlySalary(amount, p.pay_period),
        )
      : [],
  );
  const yearly = pay.filter((amount): amount is number => amount !== null);
  if (yearly.length > 0) {
    const [low, high] = [Math.min(...yearly), Math.max(...yearly)];
    sentences.push(
      `Published pay ${low === high ? `is ${dollars.format(low)}` : `ranges from ${dollars.format(low)} to ${dollars.format(high)}`} a year.`,
    );
  }
  return sentences.join(' ');
}

function selfDescription(name: string, postings: readonly Posting[]): string | null {
  const needle = name.toLowerCase();
  for (const posting of postings) {
    for (const [sentence] of posting.description.matchAll(SENTENCE)) {
      const trimmed = sentence.trim();
      if (
        trimmed.length <= MAX_ABOUT_LENGTH &&
        trimmed.split(/\s+/).length >= 6 &&
        trimmed.toLowerCase().includes(needle) &&
        !BOILERPLATE.test(trimmed)
      ) {
        return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
      }
    }
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

/** "A", "A and B", "A, B, C and 4 more". */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}
