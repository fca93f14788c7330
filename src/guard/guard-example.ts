import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { GuardSource } from './guard-input.ts';

export const GUARD_TRAINING_FILE = resolve(import.meta.dirname, '../../data/safety/guard-train.jsonl');

export const GUARD_KINDS = [
  'jailbreak',
  'direct_injection',
  'indirect_injection',
  'benign_career',
  'benign_general',
] as const;
export type GuardKind = (typeof GUARD_KINDS)[number];

/** One row of `data/safety/guard-train.jsonl` (see data/safety/SOURCES.md). */
export const guardExampleSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  label: z.enum(['attack', 'benign']),
  kind: z.enum(GUARD_KINDS),
  /** The public file (`<repo>:<path>`) or hand-written set the row came from. */
  source: z.string(),
});
export type GuardExample = z.infer<typeof guardExampleSchema>;

/** Benign examples from the repository itself (`load-bundled-negatives.ts`)... */
export const BUNDLED_SOURCE_PREFIX = 'bundled:';
/** ...of which real job descriptions and posts from data/ are retrieved content. */
export const BUNDLED_CONTENT_PREFIX = `${BUNDLED_SOURCE_PREFIX}data/`;

/**
 * Where the text would reach the guard from. The rows do not say; indirect injections, the clean
 * carriers they were planted in and the bundled job descriptions and posts are retrieved, the rest is typed
 * by the member.
 */
export function guardSourceOf(example: GuardExample): GuardSource {
  return example.kind === 'indirect_injection' ||
    example.source === 'handwritten:retrieved_content_clean' ||
    example.source.startsWith(BUNDLED_CONTENT_PREFIX)
    ? 'retrieved'
    : 'user';
}

export function loadGuardExamples(file = GUARD_TRAINING_FILE): GuardExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = guardExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
