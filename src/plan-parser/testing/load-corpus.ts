import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseSkills } from '../parse-skills.ts';
import { REJECTION_REASONS, type Skill } from '../types.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

const corpusCase = z.object({
  id: z.string(),
  kind: z.string(),
  note: z.string().optional(),
  text: z.string(),
  calls: z.array(z.object({ skill: z.string(), args: z.record(z.string(), z.unknown()).default({}) })),
  rejected: z.array(z.object({ skill: z.string().nullable(), reason: z.enum(REJECTION_REASONS) })).optional(),
});
export type CorpusCase = z.infer<typeof corpusCase>;

/** The skills the corpus is written against. */
export function loadCorpusSkills(): Skill[] {
  return parseSkills(JSON.parse(readFileSync(join(CORPUS_DIR, 'skills.json'), 'utf8')));
}

/** Every case of every `corpus/*.yaml` file present, validated; a malformed file throws with its name. */
export function loadCorpus(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const parsed = z.array(corpusCase).safeParse(parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) ?? []);
      if (!parsed.success) throw new Error(`corpus/${file}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
