import type { SparseFeatures } from '../router/extract-features.ts';
import { bigrams, charGrams, hashString, normalizeText } from '../router/extract-features.ts';
import { deobfuscateText } from './deobfuscate-text.ts';
import { cueText, findCues } from './guard-cues.ts';
import type { GuardInput } from './guard-input.ts';

/** One feature with what a reviewer would call it; char-grams are credited to their word. */
export interface ExplainedFeature {
  index: number;
  value: number;
  reason: string;
  /** A hand-written cue (or its retrieved cross), which `reasons` lists before plain words. */
  cue?: true;
}

/** How much each n-gram group counts once L2-normalised. */
const GROUP_WEIGHTS = { word: 1, bigram: 0.8, char: 1 };
/**
 * A cue counts in full however long the text: an injection is one sentence in a long job description,
 * and length-normalised n-grams alone would dilute it.
 */
const CUE_WEIGHT = 2;
const SHAPE_WEIGHT = 0.5;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'youre']);

/** Hashed bucket of each feature key, remembered: windows overlap and words repeat. */
const bucketCache = new Map<number, Map<string, number>>();
const MAX_CACHED_KEYS = 200_000;

function bucketOf(key: string, buckets: number): number {
  let cache = bucketCache.get(buckets);
  if (!cache || cache.size > MAX_CACHED_KEYS) {
    cache = new Map();
    bucketCache.set(buckets, cache);
  }
  let index = cache.get(key);
  if (index === undefined) {
    index = hashString(key) % buckets;
    cache.set(key, index);
  }
  return index;
}

type FeatureSink = (index: number, value: number, reason: string, cue?: true) => void;

/**
 * The guard's features: word uni- and bigrams and character 3–5-grams of the de-obfuscated text (so
 * "1gn0re" and "i g n o r e" meet "ignore"), one feature per hand-written cue that fires
 * (`guard-cues.ts`), and the same cues crossed with `retrieved`, since retrieved content has no
 * business addressing the assistant. Reasons are written only when `explain` is set.
 */
function collectGuardFeatures(input: GuardInput, buckets: number, explain: boolean, sink: FeatureSink): void {
  const add = (key: string, value: number, reason: string, cue?: true) =>
    sink(bucketOf(key, buckets), value, reason, cue);
  const addGroup = (prefix: string, keys: string[], reasons: (i: number) => string, weight: number) => {
    const scale = weight / Math.sqrt(Math.max(keys.length, 1));
    for (let i = 0; i < keys.length; i++) add(`${prefix}${keys[i]}`, scale, explain ? reasons(i) : '');
  };
  const deobfuscated = deobfuscateText(input.text);
  const words = normalizeText(deobfuscated);
  add('<bias>', 1, 'prior');
  const wordReason = (word: string) => `word '${word}'`;
  addGroup('w:', words, (i) => wordReason(words[i] as string), GROUP_WEIGHTS.word);
  const pairs = bigrams(words);
  addGroup('b:', pairs, (i) => `phrase '${(pairs[i] as string).replace('<s> ', '')}'`, GROUP_WEIGHTS.bigram);
  const grams: string[] = [];
  const gramWords: string[] = [];
  for (const word of words)
    for (const gram of charGrams(word)) {
      grams.push(gram);
      gramWords.push(word);
    }
  addGroup('c:', grams, (i) => wordReason(gramWords[i] as string), GROUP_WEIGHTS.char);
  // A member's question is a line or two; a page-long message, mostly about "you", is a jailbreak's
  // shape. Not for retrieved content, whose length says nothing (and the bundled pages are all long).
  if (input.source !== 'retrieved') {
    const lengthBucket = Math.min(Math.floor(Math.log2(words.length + 1)), 10);
    add(`shape:length:${lengthBucket}`, SHAPE_WEIGHT, `length (${words.length} words)`);
    const secondPerson = words.filter((word) => SECOND_PERSON.has(word)).length / Math.max(words.length, 1);
    add(
      `shape:you:${Math.min(Math.floor(secondPerson * 20), 5)}`,
      SHAPE_WEIGHT,
      'addresses "you" throughout',
    );
  }
  for (const { cue, excerpt } of findCues(cueText(deobfuscated))) {
    const reason = `${cue.label}: '${excerpt}'`;
    add(`cue:${cue.id}`, CUE_WEIGHT, reason, true);
    if (input.source === 'retrieved') add(`retrieved|cue:${cue.id}`, CUE_WEIGHT, reason, true);
  }
}

/** Every feature with what a reviewer would call it, for `reasons`. */
export function explainGuardFeatures(input: GuardInput, buckets: number): ExplainedFeature[] {
  const features: ExplainedFeature[] = [];
  collectGuardFeatures(input, buckets, true, (index, value, reason, cue) =>
    features.push({ index, value, reason, ...(cue && { cue }) }),
  );
  return features;
}

/** The features summed per bucket, as the trainer and the scorer read them. */
export function extractGuardFeatures(input: GuardInput, buckets: number): SparseFeatures {
  const indices: number[] = [];
  const values: number[] = [];
  const slot = new Map<number, number>();
  collectGuardFeatures(input, buckets, false, (index, value) => {
    const at = slot.get(index);
    if (at === undefined) {
      slot.set(index, indices.length);
      indices.push(index);
      values.push(value);
    } else values[at] = (values[at] as number) + value;
  });
  return { indices, values };
}
