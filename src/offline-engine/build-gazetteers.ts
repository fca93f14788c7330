import type { Kysely } from 'kysely';
import type { Database } from '../network/db/schema.ts';
import { US_STATES } from '../network/search/us-states.ts';
import { tokenize } from '../network/taxonomy/tokenize.ts';
import { createPhraseMatcher, type PhraseMatcher } from './create-phrase-matcher.ts';

export interface CompanyEntry {
  companyId: number;
  name: string;
}

export interface PlaceEntry {
  /** As skills take it: "Austin, TX" for a city, "TX" for a state. */
  location: string;
  kind: 'city' | 'state';
}

/** What the offline planner can recognise in text, built once from the network's own data. */
export interface Gazetteers {
  companies: PhraseMatcher<CompanyEntry>;
  /** Job and occupation titles, as written in postings and O*NET's alternate titles. */
  titles: PhraseMatcher<true>;
  places: PhraseMatcher<PlaceEntry>;
}

// Legal-form words carry no meaning in a question: "Acme" names "Acme, Inc." too.
const LEGAL_FORMS = /[\s,]+(inc|llc|l\.l\.c|ltd|limited|corp|corporation|co|plc|llp|lp|gmbh|sa|ag)\.?$/i;
const MAX_TITLE_WORDS = 6;

function companyPhrases(name: string): string[] {
  const trimmed = name.trim();
  const short = trimmed.replace(LEGAL_FORMS, '').trim();
  return short && short !== trimmed ? [trimmed, short] : [trimmed];
}

/**
 * Companies by name (most-followed first where names collide), titles from postings and O*NET
 * occupations, and places: cities where jobs are posted (each in the state with the most postings)
 * and US states by name. Deterministic: the same database gives the same gazetteers.
 */
export async function buildGazetteers(db: Kysely<Database>): Promise<Gazetteers> {
  const [companies, jobTitles, occupationTitles, alternateTitles, cities] = await Promise.all([
    db
      .selectFrom('companies')
      .select(['company_id', 'name'])
      .orderBy('follower_count', 'desc')
      .orderBy('company_id')
      .execute(),
    db.selectFrom('jobs').select('title').distinct().execute(),
    db.selectFrom('occupations').select('title').execute(),
    db.selectFrom('occupation_titles').select('title').execute(),
    db
      .selectFrom('jobs')
      .select(['city', 'state', db.fn.countAll<number>().as('postings')])
      .where('city', 'is not', null)
      .where('state', 'is not', null)
      .groupBy(['city', 'state'])
      .orderBy('postings', 'desc')
      .orderBy('city')
      .execute(),
  ]);

  // A one-word title ("Accountant") counts only when postings use the word, which keeps O*NET's rare
  // alternate titles ("Advocate", "Activist") from firing on ordinary words.
  const postingWords = new Set(jobTitles.flatMap((row) => tokenize(row.title).map((token) => token.key)));
  const titles = [...jobTitles, ...occupationTitles, ...alternateTitles]
    .map((row) => row.title.trim())
    .filter((title) => {
      const words = tokenize(title);
      if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
      return words.length > 1 || postingWords.has(words[0]?.key ?? '');
    });

  return {
    companies: createPhraseMatcher(
      companies.flatMap((row) =>
        companyPhrases(row.name).map((phrase) => ({
          phrase,
          value: { companyId: Number(row.company_id), name: row.name.trim() },
        })),
      ),
    ),
    titles: createPhraseMatcher(titles.map((phrase) => ({ phrase, value: true as const }))),
    places: createPhraseMatcher<PlaceEntry>([
      ...Object.entries(US_STATES).map(([code, name]) => ({
        phrase: name,
        value: { location: code, kind: 'state' as const },
      })),
      // "Austin, TX" is read as the city then the state (a comma ends a phrase); the city alone takes the
      // state with the most postings.
      ...cities.map((row) => ({
        phrase: row.city as string,
        value: { location: `${row.city}, ${row.state}`, kind: 'city' as const },
      })),
    ]),
  };
}
