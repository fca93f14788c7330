export interface Token {
  /** As written, for case checks. */
  text: string;
  /** Lowercased lookup key. */
  key: string;
  /** False when punctuation that ends a phrase (",", ";", "(", a full stop, a line break) precedes it. */
  continuesPhrase: boolean;
}

// A word, keeping the joiners technology names rely on: "Node.js", "ASP.NET", ".NET", "C++", "C#",
// "Analyst's". Hyphens, slashes and other punctuation separate words ("T-SQL" is "T" "SQL").
const WORD = /\.?[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*(?:\+\+|#)?/gu;
const PHRASE_BREAK = /[.,;:!?()[\]{}|•\n]/;

/** Splits text into word tokens in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    tokens.push({
      text: word,
      key: word.toLowerCase().replaceAll('’', "'"),
      continuesPhrase: tokens.length > 0 && !PHRASE_BREAK.test(text.slice(previousEnd, match.index)),
    });
    previousEnd = match.index + word.length;
  }
  return tokens;
}
