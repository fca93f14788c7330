import { cosineSimilarity, embedWords, type WordEmbedding } from '../embeddings/embed.ts';
import type { Skill } from './define-skill.ts';
import { keywordTerms } from './keyword-terms.ts';

// Discovery: which skills a query needs. Two signals, each scaled to 0..1 across the skills for
// the query, then mixed: keyword similarity (BM25 over the skill's name, description, when-to-use
// and example requests) catches exact vocabulary ("salary", "post"); embedding similarity catches
// paraphrase ("pay", "vacancies"): each query word is matched to its nearest word of those texts
// by word-vector cosine. (The cosine of whole-text mean vectors did worse on the dev set: recall@3
// 0.68 against 0.86, as it lets frequent, generic words dominate.) `method` picks one signal
// alone, for comparison.

export type DiscoveryMethod = 'combined' | 'keyword' | 'embedding';

export interface SkillMatch {
  name: string;
  score: number;
  keyword: number;
  embedding: number;
}

export interface SkillIndex {
  /** Skills by similarity to the query, best first, restricted to `among` when given. */
  rank(query: string, options?: { method?: DiscoveryMethod; among?: ReadonlySet<string> }): SkillMatch[];
}

/** Share of the keyword signal in the combined score; chosen on the discovery dev set (see the benchmark). */
const KEYWORD_WEIGHT = 0.35;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** The skill name is the most telling text; its words count this many times. */
const NAME_REPEAT = 3;

interface IndexedSkill {
  name: string;
  termCounts: Map<string, number>;
  length: number;
  vocabulary: WordEmbedding[];
}

export function createSkillIndex(skills: readonly Skill[]): SkillIndex {
  const indexed: IndexedSkill[] = skills.map((skill) => {
    const nameWords = skill.name.replace(/_/g, ' ');
    const terms = [
      ...Array.from({ length: NAME_REPEAT }, () => keywordTerms(nameWords)).flat(),
      ...keywordTerms(skill.description),
      ...keywordTerms(skill.whenToUse),
      ...skill.examples.flatMap(keywordTerms),
    ];
    const termCounts = new Map<string, number>();
    for (const term of terms) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
    const texts = [nameWords, skill.description, skill.whenToUse, ...skill.examples];
    const vocabulary = new Map(texts.flatMap(embedWords).map((word) => [word.word, word]));
    return {
      name: skill.name,
      vocabulary: [...vocabulary.values()],
      termCounts,
      length: terms.length,
    };
  });
  const averageLength = indexed.reduce((sum, skill) => sum + skill.length, 0) / Math.max(indexed.length, 1);
  const documentFrequency = new Map<string, number>();
  for (const skill of indexed)
    for (const term of skill.termCounts.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const frequency = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (indexed.length - frequency + 0.5) / (frequency + 0.5));
  };
  const bm25 = (skill: IndexedSkill, queryTerms: readonly string[]) => {
    let score = 0;
    for (const term of new Set(queryTerms)) {
      const count = skill.termCounts.get(term) ?? 0;
      if (count === 0) continue;
      const norm = count + BM25_K1 * (1 - BM25_B + (BM25_B * skill.length) / averageLength);
      score += (idf(term) * count * (BM25_K1 + 1)) / norm;
    }
    return score;
  };

  const rankText = (query: string, method: DiscoveryMethod, candidates: IndexedSkill[]): SkillMatch[] => {
    const queryTerms = keywordTerms(query);
    const queryWords = embedWords(query);
    const keyword = scaleToUnit(candidates.map((skill) => bm25(skill, queryTerms)));
    const embedding = scaleToUnit(candidates.map((skill) => softWordMatch(queryWords, skill.vocabulary)));
    return candidates.map((skill, index) => {
      const k = keyword[index] as number;
      const e = embedding[index] as number;
      const score =
        method === 'keyword' ? k : method === 'embedding' ? e : KEYWORD_WEIGHT * k + (1 - KEYWORD_WEIGHT) * e;
      return { name: skill.name, score, keyword: k, embedding: e };
    });
  };

  return {
    rank(query, { method = 'combined', among } = {}) {
      const candidates = among ? indexed.filter((skill) => among.has(skill.name)) : indexed;
      const whole = rankText(query, method, candidates);
      // A request often asks for two things ("what does it pay and who is hiring"): each part is
      // ranked too, and a skill keeps its best score over the whole and the parts.
      const parts = splitRequest(query).map((part) => rankText(part, method, candidates));
      const matches = whole.map((match, index) => {
        const best = Math.max(match.score, ...parts.map((part) => (part[index] as SkillMatch).score));
        return { ...match, score: best + match.score / 1000 };
      });
      return matches.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    },
  };
}

/** The clauses of a request, split at "and", commas, semicolons and question marks; [] when it is one clause. */
function splitRequest(query: string): string[] {
  const parts = query
    .split(/\s*(?:[,;?:]|\band\b|\balso\b|\bthen\b)\s*/i)
    .filter((part) => keywordTerms(part).length > 0);
  return parts.length > 1 ? parts : [];
}

/**
 * How well each query word is matched by its nearest word of the skill's texts (cosine of word
 * vectors, so "vacancies" meets "openings"), averaged with the words' frequency weights.
 */
function softWordMatch(queryWords: readonly WordEmbedding[], vocabulary: readonly WordEmbedding[]): number {
  let total = 0;
  let weights = 0;
  for (const word of queryWords) {
    let nearest = 0;
    for (const known of vocabulary) nearest = Math.max(nearest, cosineSimilarity(word.vector, known.vector));
    // Cubed so that near-synonyms count and loose associations barely do.
    total += word.weight * nearest ** 3;
    weights += word.weight;
  }
  return weights > 0 ? total / weights : 0;
}

/** Min-max scaling to 0..1; all zeros when the values do not differ (no signal). */
function scaleToUnit(values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min ? values.map((value) => (value - min) / (max - min)) : values.map(() => 0);
}
