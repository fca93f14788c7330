import { z } from 'zod';
import { parseSearchText } from '../search/parse-search-text.ts';
import type { NetworkContext } from './network-context.ts';
import { singular } from './occupation-title-index.ts';
import type { Viewer } from './viewer.ts';

export const findOccupationsInput = z.object({
  title: z.string().min(1).max(200).describe('a job title, e.g. "frontend developer"'),
  limit: z.number().int().min(1).max(50).default(5),
});

export interface OccupationMatch {
  onetCode: string;
  title: string;
  description: string;
  /** O*NET job zone 1-5 (preparation needed), null when unknown. */
  jobZone: number | null;
  /** The occupation or alternate title that matched best. */
  matchedTitle: string;
  /** 0..1; 1 is an exact title match. */
  score: number;
}

/** O*NET occupations whose title or alternate titles best match a job title, best first. */
export async function findOccupations(
  context: NetworkContext,
  _viewer: Viewer,
  { title, limit }: z.output<typeof findOccupationsInput>,
  signal: AbortSignal,
): Promise<OccupationMatch[]> {
  const words = parseSearchText(title)?.phrases.flat() ?? [];
  if (words.length === 0) return [];
  const titles = await context.occupationTitles(signal);
  // Titles containing every word; when none do, titles containing any.
  let candidates = titles.containing(words, 'all');
  if (candidates.length === 0) candidates = titles.containing(words, 'any');
  const best = new Map<string, { matchedTitle: string; score: number }>();
  for (const candidate of candidates) {
    const score = titleSimilarity(words, candidate.words);
    const current = best.get(candidate.onetCode);
    if (!current || score > current.score)
      best.set(candidate.onetCode, { matchedTitle: candidate.title, score });
  }
  const ranked = [...best.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit);
  if (ranked.length === 0) return [];
  signal.throwIfAborted();
  const occupations = await context.db
    .selectFrom('occupations')
    .select(['onet_code', 'title', 'description', 'job_zone'])
    .where(
      'onet_code',
      'in',
      ranked.map(([code]) => code),
    )
    .execute();
  const byCode = new Map(occupations.map((row) => [row.onet_code, row]));
  return ranked.flatMap(([code, match]) => {
    const occupation = byCode.get(code);
    if (!occupation) return [];
    return [
      {
        onetCode: code,
        title: occupation.title,
        description: occupation.description,
        jobZone: occupation.job_zone === null ? null : Number(occupation.job_zone),
        matchedTitle: match.matchedTitle,
        score: Math.round(match.score * 1000) / 1000,
      },
    ];
  });
}

/**
 * 1 for the same words; otherwise the share of the candidate's words that were asked for times the
 * share of the asked words it contains (compared without spaces, plural s ignored), at most 0.9.
 */
function titleSimilarity(wantedWords: readonly string[], candidateWords: readonly string[]): number {
  const wanted = wantedWords.map(singular);
  const wantedCompact = wanted.join('');
  const candidateCompact = candidateWords.join('');
  if (candidateCompact === wantedCompact) return 1;
  if (candidateWords.length === 0) return 0;
  const found = candidateWords.filter((word) => wantedCompact.includes(word)).length;
  const covered = wanted.filter((word) => candidateCompact.includes(word)).length;
  return 0.9 * (found / candidateWords.length) * (covered / wanted.length);
}
