import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { parseSearchText } from '../search/parse-search-text.ts';

// Title lookup in memory: a SQL `LIKE '%word%'` over the 56k O*NET alternate titles scans them all
// (≈40 ms a lookup), and no B-tree index serves a substring match. Held in memory (≈60k short
// strings, loaded once per network), the same substring test takes about a millisecond.

export interface OccupationTitle {
  onetCode: string;
  title: string;
  /** Lower case without spaces and hyphens, so "frontend" finds "Front-End Developer". */
  compact: string;
  /** The title's words, singular, for scoring (find-occupations.ts). */
  words: string[];
}

export interface OccupationTitleIndex {
  /** Titles containing every word (`all`) or any word (`any`) of the search, compared compactly. */
  containing(words: readonly string[], combine: 'all' | 'any'): OccupationTitle[];
}

export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export async function loadOccupationTitleIndex(db: Kysely<Database>): Promise<OccupationTitleIndex> {
  const rows = await db
    .selectFrom('occupation_titles')
    .select(['onet_code', 'title'])
    .unionAll(db.selectFrom('occupations').select(['onet_code', 'title']))
    .execute();
  const titles: OccupationTitle[] = rows.map((row) => ({
    onetCode: row.onet_code,
    title: row.title,
    compact: row.title.toLowerCase().replace(/[ -]/g, ''),
    words: (parseSearchText(row.title)?.phrases.flat() ?? []).map(singular),
  }));
  return {
    containing(words, combine) {
      return titles.filter((title) =>
        combine === 'all'
          ? words.every((word) => title.compact.includes(word))
          : words.some((word) => title.compact.includes(word)),
      );
    },
  };
}
