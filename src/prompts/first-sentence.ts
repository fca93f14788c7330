const MAX_WORDS = 30;

/** The text's first sentence, cut to a few dozen words: an extractive one-line summary. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = flat.split(/(?<=[.!?])\s/, 1)[0] ?? '';
  const words = sentence.split(' ');
  return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')}…` : sentence;
}
