import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../network/import/ensure-database.ts';
import { readPost } from '../network/import/read-post.ts';
import { readPostings } from '../network/import/read-postings.ts';
import { buildTrainingExamples } from '../router/build-training-examples.ts';
import { hashString } from '../router/extract-features.ts';
import { loadClinc } from '../router/load-clinc.ts';
import { loadDevSet } from '../router/load-dev-set.ts';
import { deobfuscateText } from './deobfuscate-text.ts';
import { cueText, findCues } from './guard-cues.ts';
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
 * Cues of an attack on the assistant itself: the router teaches out_of_scope with lines such as
 * "ignore all previous instructions", which are no benign example for a guard.
 */
const ATTACK_CUES = new Set([
  'override',
  'new_instructions',
  'persona',
  'no_limits',
  'prompt_leak',
  'authority_claim',
]);
export const isAttackLike = (text: string) =>
  findCues(cueText(deobfuscateText(text))).some(({ cue }) => ATTACK_CUES.has(cue.id));

/**
 * About `about` texts, the same share from each group, each group's lowest hashes: adding n lines
 * to one agent's file swaps at most n of that agent's sample for new lines, and a growing file does
 * not crowd out the others (a stride sample reshuffled everything whenever the count changed).
 */
export function stableSample(groups: ReadonlyMap<string, readonly string[]>, about: number): string[] {
  const perGroup = Math.round(about / Math.max(1, groups.size));
  return [...groups.values()].flatMap((texts) =>
    texts
      .map((text) => ({ text, hash: hashString(text) }))
      .sort((a, b) => a.hash - b.hash || (a.text < b.text ? -1 : 1))
      .slice(0, perGroup)
      .map(({ text }) => text),
  );
}

/** The router's distinct training utterances by agent, attack-like lines left out. */
function routerUtterancesByAgent(): Map<string, string[]> {
  const byAgent = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { input, agent } of buildTrainingExamples({ seed: 7, clincTrain: [] })) {
    if (seen.has(input.query)) continue;
    seen.add(input.query);
    if (isAttackLike(input.query)) continue;
    const texts = byAgent.get(agent) ?? [];
    texts.push(input.query);
    byAgent.set(agent, texts);
  }
  return byAgent;
}

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
  const utterances = stableSample(routerUtterancesByAgent(), QUESTIONS.utterances);
  const questions = (texts: string[], source: string) =>
    benign(
      texts.map((text, i) => ({ id: `${source}:${i}`, text, source: `${BUNDLED_SOURCE_PREFIX}${source}` })),
    );
  return {
    training: [
      ...content.filter((_, i) => i % 2 === 0),
      ...questions(utterances, 'router/utterances'),
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
