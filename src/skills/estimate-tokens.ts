import { splitIntoTokens } from '../llm/simulator/split-into-tokens.ts';

/**
 * Estimated LLM tokens of a text. No BPE tokenizer is installed, so this counts the token-sized
 * pieces the LLM simulator streams (words of up to 6 letters, digit groups of up to 3, punctuation
 * pairs, leading whitespace attached): close to BPE counts for English prose, a little above them
 * for long words, so budgets built on it err on the safe side.
 */
export function estimateTokens(text: string): number {
  return splitIntoTokens(text).length;
}
