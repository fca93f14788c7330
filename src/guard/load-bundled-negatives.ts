import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../network/import/ensure-database.ts';
import { readPost } from '../network/import/read-post.ts';
import { readPostings } from '../network/import/read-postings.ts';
import { BUNDLED_SOURCE_PREFIX, type GuardExample } from './guard-example.ts';

/** About what a dossier item holds; longer texts only repeat the same register. */
const MAX_CHARS = 1500;

export interface BundledNegatives {
  /** Every other real job description and post: clean retrieved content for training. */
  training: GuardExample[];
  /** The rest, never trained on: how often the guard would withhold real, clean content. */
  heldOut: GuardExample[];
}

/**
 * Real retrieved content from the bundled network data (job descriptions from data/jobs, 18F blog
 * posts from data/posts) as benign examples. The hand-written carriers in guard-train.jsonl are few
 * and most hold an injection, which would teach the model that a job description is itself
 * suspicious; these teach it what clean retrieved content looks like. Deterministic: file order.
 */
export async function loadBundledNegatives(
  signal: AbortSignal,
  dataDir = BUNDLED_DATA_DIR,
): Promise<BundledNegatives> {
  const postings = await readPostings(dataDir);
  signal.throwIfAborted();
  const postsDir = join(dataDir, 'posts');
  const files = (await readdir(postsDir))
    .filter((name) => name.endsWith('.md') && !name.startsWith('LICENSE'))
    .sort();
  const posts = [];
  for (const file of files) {
    signal.throwIfAborted();
    posts.push(readPost(file, await readFile(join(postsDir, file), 'utf8')));
  }
  const examples: GuardExample[] = [
    ...postings.map((posting) => ({
      id: `job:${posting.job_id}`,
      text: `${posting.title}\n\n${posting.description}`.slice(0, MAX_CHARS),
      source: `${BUNDLED_SOURCE_PREFIX}data/jobs`,
    })),
    ...posts.map((post) => ({
      id: `post:${post.slug}`,
      text: `${post.title}\n\n${post.body}`.slice(0, MAX_CHARS),
      source: `${BUNDLED_SOURCE_PREFIX}data/posts`,
    })),
  ].map((row) => ({ ...row, label: 'benign' as const, kind: 'benign_career' as const }));
  return {
    training: examples.filter((_, i) => i % 2 === 0),
    heldOut: examples.filter((_, i) => i % 2 === 1),
  };
}
