/**
 * Splits text into token-sized pieces that concatenate back to the text: a word or punctuation run
 * with the whitespace before it, long words cut every 6 characters (real BPE tokens average ~4).
 */
export function splitIntoTokens(text: string): string[] {
  return text.match(/\s*(?:[A-Za-z]{1,6}|\d{1,3}|[^\sA-Za-z\d]{1,2})|\s+$/g) ?? [];
}

/** The usual ~4 characters per token estimate, for prompt usage. */
export function estimateTokenCount(text: string): number {
  return Math.ceil(text.length / 4);
}
