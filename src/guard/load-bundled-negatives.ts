import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../network/import/ensure-database.ts';
import { readPost } from '../network/import/read-post.ts';
import { readPostings } from '../network/import/read-postings.ts';
import { buildTrainingExamples } from '../router/build-training-examples.ts';
import { loadClinc } from '../router/load-clinc.ts';
import { loadDevSet } from '../router/load-dev-set.ts';
import { BUNDLED_CONTENT_PREFIX, BUNDLED_SOURCE_PREFIX, type GuardExample } from './guard-example.ts';

/** About what a dossier item holds; longer texts only repeat the same register. */
const MAX_CHARS = 1500;
/** Member questions trained on: the router's utterances and CLINC150's training split, thinned to about this many each. */
const QUESTIONS = { utterances: 600, clinc: 300 };

export interface BundledNegatives {
  /** Every other real job description and post, and a sample of the router's member questions. */
  training: GuardExample[];
  /** The other job descriptions and posts, never trained on: how often real content would be withheld. */
  heldOutContent: GuardExample[];
  /** The router's hand-written dev set and CLINC150's validation split: how often a member would be refused. */
  heldOutQuestions: GuardExample[];
}

const benign = (rows: { id: string; text: string; source: string }[]): GuardExample[] =>
  rows.map((row) => ({ ...row, label: 'benign', kind: 'benign_career' }));
const every = <T>(items: readonly T[], about: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / about)) === 0);

/**
 * Benign examples from the repository itself. Real retrieved content (job descriptions from
 * data/jobs, 18F blog posts from data/posts): the hand-written carriers in guard-train.jsonl are few
 * and most hold an injection, which would teach the model that a job description is itself
 * suspicious. Member questions (the router's utterances, CLINC150): guard-train.jsonl has only a
 * hundred, too few to teach that "Tell me about Fifth Third Bank" is nothing. Deterministic.
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
  const content = benign([
    ...postings.map((posting) => ({
      id: `job:${posting.job_id}`,
      text: `${posting.title}\n\n${posting.description}`.slice(0, MAX_CHARS),
      source: `${BUNDLED_CONTENT_PREFIX}jobs`,
    })),
    ...posts.map((post) => ({
      id: `post:${post.slug}`,
      text: `${post.title}\n\n${post.body}`.slice(0, MAX_CHARS),
      source: `${BUNDLED_CONTENT_PREFIX}posts`,
    })),
  ]);
  const clinc = loadClinc();
  const utterances = [
    ...new Set(buildTrainingExamples({ seed: 7, clincTrain: [] }).map((example) => example.input.query)),
  ];
  const questions = (texts: string[], source: string) =>
    benign(
      texts.map((text, i) => ({ id: `${source}:${i}`, text, source: `${BUNDLED_SOURCE_PREFIX}${source}` })),
    );
  return {
    training: [
      ...content.filter((_, i) => i % 2 === 0),
      ...questions(every(utterances, QUESTIONS.utterances), 'router/utterances'),
      ...questions(every(clinc.train, QUESTIONS.clinc), 'clinc/train'),
    ],
    heldOutContent: content.filter((_, i) => i % 2 === 1),
    heldOutQuestions: [
      ...questions(
        loadDevSet().handWritten.map((example) => example.input.query),
        'router/dev-set',
      ),
      ...questions(every(clinc.val, QUESTIONS.clinc), 'clinc/val'),
    ],
  };
}
