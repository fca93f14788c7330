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

/**
 * The guard's features, each with a readable reason: word uni- and bigrams and character 3–5-grams
 * of the de-obfuscated text (so "1gn0re" and "i g n o r e" meet "ignore"), one feature per
 * hand-written cue that fires (`guard-cues.ts`), and the same cues crossed with `retrieved`, since
 * retrieved content has no business addressing the assistant.
 */
export function explainGuardFeatures(input: GuardInput, buckets: number): ExplainedFeature[] {
  const features: ExplainedFeature[] = [];
  const add = (key: string, value: number, reason: string, cue?: true) =>
    features.push({ index: hashString(key) % buckets, value, reason, ...(cue && { cue }) });
  const addGroup = (prefix: string, entries: [key: string, reason: string][], weight: number) => {
    const scale = weight / Math.sqrt(Math.max(entries.length, 1));
    for (const [key, reason] of entries) add(`${prefix}${key}`, scale, reason);
  };
  const deobfuscated = deobfuscateText(input.text);
  const words = normalizeText(deobfuscated);
  add('<bias>', 1, 'prior');
  const wordReasons = new Map(words.map((word) => [word, `word '${word}'`]));
  addGroup(
    'w:',
    words.map((word) => [word, wordReasons.get(word) as string]),
    GROUP_WEIGHTS.word,
  );
  addGroup(
    'b:',
    bigrams(words).map((pair) => [pair, `phrase '${pair.replace('<s> ', '')}'`]),
    GROUP_WEIGHTS.bigram,
  );
  addGroup(
    'c:',
    words.flatMap((word) =>
      charGrams(word).map((gram): [string, string] => [gram, wordReasons.get(word) as string]),
    ),
    GROUP_WEIGHTS.char,
  );
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
  return features;
}

/** Explained features summed per bucket, as the trainer and the scorer read them. */
export function sumFeatures(explained: readonly ExplainedFeature[]): SparseFeatures {
  const sums = new Map<number, number>();
  for (const { index, value } of explained) sums.set(index, (sums.get(index) ?? 0) + value);
  return { indices: [...sums.keys()], values: [...sums.values()] };
}

export function extractGuardFeatures(input: GuardInput, buckets: number): SparseFeatures {
  return sumFeatures(explainGuardFeatures(input, buckets));
}
