import { type AliasCasing, type SkillAlias, skillAliases } from './skill-aliases.ts';
import type { SkillVocabulary } from './skill-vocabulary.ts';
import { type Token, tokenize } from './tokenize.ts';

export interface SkillExtractor {
  /** Canonical O*NET technology names mentioned in `text`, deduplicated, in order of first mention. */
  extract(text: string): string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The alias ending here, if any. */
  match?: { skill: string; casing: AliasCasing };
}

/**
 * Builds a matcher over every alias of every technology (see `skillAliases`) once; `extract` then
 * walks the text's tokens through a token trie, taking the longest alias at each position, so its
 * cost grows with the text, not with the vocabulary. When two technologies share an alias, a full
 * name beats a derived form, then the technology more occupations list wins ("SQL" → "Structured
 * query language SQL").
 */
export function createSkillExtractor(vocabulary: SkillVocabulary): SkillExtractor {
  const occupations = new Map(vocabulary.technologies.map((t) => [t.name, t.occupations]));
  const rank = (alias: SkillAlias) => [alias.derived ? 1 : 0, -(occupations.get(alias.skill) ?? 0)] as const;
  const aliases = skillAliases(vocabulary).sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || a.skill.localeCompare(b.skill);
  });
  const root: TrieNode = { next: new Map() };
  for (const alias of aliases) {
    let node = root;
    for (const key of alias.keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.match ??= { skill: alias.skill, casing: alias.casing }; // sorted: the first is the best
  }

  return {
    extract(text) {
      const tokens = tokenize(text);
      const found = new Set<string>();
      for (let start = 0; start < tokens.length; ) {
        let node: TrieNode | undefined = root;
        let best: { skill: string; end: number } | undefined;
        for (let at = start; node && at < tokens.length; at++) {
          const token = tokens[at] as Token;
          if (at > start && !token.continuesPhrase) break; // names do not span "SQL, Excel"
          node = node.next.get(token.key);
          const match = node?.match;
          if (match && casingMatches(tokens, start, at, match.casing)) {
            best = { skill: match.skill, end: at + 1 };
          }
        }
        if (best) found.add(best.skill);
        start = best ? best.end : start + 1;
      }
      return [...found];
    },
  };
}

/** Whether tokens `first`..`last` are written as `casing` asks. */
function casingMatches(tokens: readonly Token[], first: number, last: number, casing: AliasCasing): boolean {
  const written = tokens[first]?.text ?? '';
  switch (casing) {
    case 'capitalised':
      return /^\p{Lu}/u.test(written) && written !== written.toUpperCase();
    case 'upper':
      return written === written.toUpperCase();
    case 'title':
      return tokens.slice(first, last + 1).every((token) => /^\p{Lu}/u.test(token.text));
    case 'any':
      return true;
  }
}
