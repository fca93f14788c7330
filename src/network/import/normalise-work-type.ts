import { WORK_TYPES, type WorkType } from '../job-vocabulary.ts';

/** "FULL_TIME", "Full-time" or "full time" → FULL_TIME; an unknown kind → OTHER; nothing → null. */
export function normaliseWorkType(...candidates: (string | null)[]): WorkType | null {
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    const key = candidate
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_');
    return (WORK_TYPES as readonly string[]).includes(key) ? (key as WorkType) : 'OTHER';
  }
  return null;
}
