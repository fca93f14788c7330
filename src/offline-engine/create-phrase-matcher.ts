import { type Token, tokenize } from '../network/taxonomy/tokenize.ts';

/** One phrase found in a text: the tokens it spans and what it names. */
export interface PhraseMatch<Value> {
  value: Value;
  /** Token positions: `start` inclusive, `end` exclusive. */
  start: number;
  end: number;
  /** The phrase as written in the text. */
  text: string;
}

export interface PhraseMatcher<Value> {
  /** Longest phrases at each position, left to right, not overlapping, that `accept` lets through. */
  find(tokens: readonly Token[], accept?: (match: PhraseMatch<Value>) => boolean): PhraseMatch<Value>[];
}

interface TrieNode<Value> {
  next: Map<string, TrieNode<Value>>;
  value?: Value;
}

/**
 * A token trie over phrases (company names, titles, places), built once, so a lookup costs the length
 * of the text, not the size of the gazetteer. When two entries share a phrase the first one wins:
 * callers add the best reading first.
 */
export function createPhraseMatcher<Value>(
  entries: Iterable<{ phrase: string; value: Value }>,
): PhraseMatcher<Value> {
  const root: TrieNode<Value> = { next: new Map() };
  for (const { phrase, value } of entries) {
    const keys = tokenize(phrase).map((token) => token.key);
    if (keys.length === 0) continue;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  return {
    find(tokens, accept = () => true) {
      const found: PhraseMatch<Value>[] = [];
      for (let start = 0; start < tokens.length; ) {
        let node: TrieNode<Value> | undefined = root;
        let best: PhraseMatch<Value> | undefined;
        for (let at = start; node && at < tokens.length; at++) {
          const token = tokens[at] as Token;
          if (at > start && !token.continuesPhrase) break; // a phrase does not span "Austin, Denver"
          node = node.next.get(token.key);
          if (node?.value === undefined) continue;
          const match = {
            value: node.value,
            start,
            end: at + 1,
            text: tokens
              .slice(start, at + 1)
              .map((t) => t.text)
              .join(' '),
          };
          if (accept(match)) best = match;
        }
        if (best) found.push(best);
        start = best ? best.end : start + 1;
      }
      return found;
    },
  };
}
