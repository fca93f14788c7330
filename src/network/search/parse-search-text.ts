/**
 * User search text reduced to plain terms, so that no character of it ever reaches the full-text
 * engine as syntax. Each term is the letters and digits of one whitespace-separated word: `node.js`
 * becomes the phrase `node js`, `C++` becomes `c`.
 */
export interface SearchTerms {
  /** Each entry is one word's tokens, matched as a phrase. */
  phrases: string[][];
  /** True when the last word may be a prefix (the text does not end in whitespace and the word is 3+ letters). */
  prefixLast: boolean;
}

// Very common words that FTS5 (unlike Postgres' english configuration) would otherwise require to be present.
const STOPWORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with within you your'.split(
    ' ',
  ),
);

const MAX_PHRASES = 16;

export function parseSearchText(text: string): SearchTerms | null {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((tokens) => tokens.length > 0);
  const meaningful = words.filter((tokens) => !(tokens.length === 1 && STOPWORDS.has(tokens[0] ?? '')));
  const phrases = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_PHRASES);
  const last = phrases.at(-1);
  if (!last) return null;
  const lastToken = last.at(-1) ?? '';
  const endsWithWordOfLast = words.at(-1) === last && /[\p{L}\p{N}]$/u.test(text);
  return { phrases, prefixLast: endsWithWordOfLast && lastToken.length >= 3 };
}
