import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AMBIGUOUS_WORDS } from './ambiguous-words.ts';
import type { SkillVocabulary } from './skill-vocabulary.ts';

/** A word O*NET's own prose uses this often in lowercase is everyday English ("access", "teams", "project"). */
const MIN_PROSE_USES = 2;
const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;

/**
 * Reads the skill vocabulary from an imported database: the technologies, and as everyday English the
 * lowercase words of O*NET's task statements and occupation descriptions plus `AMBIGUOUS_WORDS`.
 */
export async function loadSkillVocabulary(
  db: Kysely<Database>,
  signal?: AbortSignal,
): Promise<SkillVocabulary> {
  const technologies = await db
    .selectFrom('occupation_technologies')
    .select([
      'technology as name',
      (eb) => eb.fn.countAll<number>().as('occupations'),
      (eb) => eb.fn.max('hot').as('hot'),
    ])
    .groupBy('technology')
    .orderBy('technology')
    .execute();
  signal?.throwIfAborted();
  const [tasks, occupations] = await Promise.all([
    db.selectFrom('occupation_tasks').select('task as text').execute(),
    db.selectFrom('occupations').select('description as text').execute(),
  ]);
  signal?.throwIfAborted();
  return {
    technologies: technologies.map((t) => ({
      name: t.name,
      occupations: Number(t.occupations),
      hot: Number(t.hot) === 1,
    })),
    englishWords: englishWordsOf([...tasks, ...occupations].map((row) => row.text)),
  };
}

/** Lowercase words used at least `MIN_PROSE_USES` times in `texts`, plus the curated ambiguous words. */
export function englishWordsOf(texts: readonly string[]): Set<string> {
  const uses = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.matchAll(LOWERCASE_WORD)) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  const words = new Set(AMBIGUOUS_WORDS);
  for (const [word, count] of uses) if (count >= MIN_PROSE_USES) words.add(word);
  return words;
}
