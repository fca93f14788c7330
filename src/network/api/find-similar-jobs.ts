import { z } from 'zod';
import { matchDocuments } from '../search/match-documents.ts';
import { parseSearchText } from '../search/parse-search-text.ts';
import { integerIdSchema } from './input-schemas.ts';
import { type JobSummary, selectJobSkills, selectJobSummaryRows, toJobSummary } from './job-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const findSimilarJobsInput = z.object({
  jobId: integerIdSchema,
  limit: z.number().int().min(1).max(50).default(10),
});

export interface SimilarJob extends JobSummary {
  /** 0..1: shared skills (Jaccard) weighted 0.6, shared title words 0.4. */
  similarity: number;
  sharedSkills: string[];
}

const CANDIDATES_PER_SIGNAL = 200;
const SKILL_WEIGHT = 0.6;
const TITLE_WEIGHT = 0.4;

/** Postings like the given one: candidates share its skills or title words, ranked by both. */
export async function findSimilarJobs(
  { db }: NetworkContext,
  _viewer: Viewer,
  { jobId, limit }: z.output<typeof findSimilarJobsInput>,
  signal: AbortSignal,
): Promise<{ job: JobSummary; items: SimilarJob[] }> {
  signal.throwIfAborted();
  const source = await selectJobSummaryRows(db).where('jobs.job_id', '=', jobId).executeTakeFirst();
  if (!source) throw new NotFoundError('job', jobId);
  const skills = await selectJobSkills(db, jobId);
  const titleTerms = parseSearchText(source.title);
  const [bySkills, byTitle] = await Promise.all([
    skills.length === 0
      ? []
      : db
          .selectFrom('job_skills')
          .select('job_id')
          .where('skill', 'in', skills)
          .where('job_id', '!=', jobId)
          .groupBy('job_id')
          .orderBy((eb) => eb.fn.countAll(), 'desc')
          .limit(CANDIDATES_PER_SIGNAL)
          .execute(),
    titleTerms
      ? matchDocuments(db, {
          kind: 'job',
          terms: { ...titleTerms, prefixLast: false },
          mode: 'any',
          titleOnly: true,
        })
          .orderBy('score', 'desc')
          .limit(CANDIDATES_PER_SIGNAL)
          .execute()
      : [],
  ]);
  const candidateIds = [
    ...new Set([...bySkills.map((row) => Number(row.job_id)), ...byTitle.map((row) => Number(row.ref))]),
  ].filter((id) => id !== jobId);
  if (candidateIds.length === 0) return { job: toJobSummary(source), items: [] };
  signal.throwIfAborted();
  const [candidates, candidateSkills] = await Promise.all([
    selectJobSummaryRows(db).where('jobs.job_id', 'in', candidateIds).execute(),
    db.selectFrom('job_skills').select(['job_id', 'skill']).where('job_id', 'in', candidateIds).execute(),
  ]);
  const skillsByJob = new Map<number, Set<string>>();
  for (const row of candidateSkills) {
    const id = Number(row.job_id);
    skillsByJob.set(id, (skillsByJob.get(id) ?? new Set()).add(row.skill));
  }
  const sourceSkills = new Set(skills);
  const sourceWords = titleWords(source.title);
  const ranked = candidates.map((candidate) => {
    const theirSkills = skillsByJob.get(Number(candidate.job_id)) ?? new Set<string>();
    const sharedSkills = [...theirSkills].filter((skill) => sourceSkills.has(skill)).sort();
    const similarity =
      SKILL_WEIGHT * jaccard(sourceSkills, theirSkills) +
      TITLE_WEIGHT * jaccard(sourceWords, titleWords(candidate.title));
    return { ...toJobSummary(candidate), similarity: Math.round(similarity * 1000) / 1000, sharedSkills };
  });
  ranked.sort((a, b) => b.similarity - a.similarity || a.jobId - b.jobId);
  return { job: toJobSummary(source), items: ranked.slice(0, limit) };
}

function titleWords(title: string): Set<string> {
  return new Set(parseSearchText(title)?.phrases.flat() ?? []);
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}
