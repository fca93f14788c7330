import { cosineSimilarity, embed } from '../embeddings/embed.ts';
import type { Skill } from './define-skill.ts';
import { keywordTerms } from './keyword-terms.ts';

// Discovery: which skills a query needs. Two signals, each scaled to 0..1 across the skills for
// the query, then averaged: keyword similarity (BM25 over the skill's name, description,
// when-to-use and example requests) catches exact vocabulary ("salary", "post"); embedding
// similarity (cosine of word-vector means, best of those texts taken one by one) catches
// paraphrase ("pay", "vacancies"). `method` picks one signal alone, for comparison.

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

const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** The skill name is the most telling text; its words count this many times. */
const NAME_REPEAT = 3;

interface IndexedSkill {
  name: string;
  termCounts: Map<string, number>;
  length: number;
  facets: Float32Array[];
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
    return {
      name: skill.name,
      termCounts,
      length: terms.length,
      facets: [`${nameWords}: ${skill.description}`, skill.whenToUse, ...skill.examples].map(embed),
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

  return {
    rank(query, { method = 'combined', among } = {}) {
      const candidates = among ? indexed.filter((skill) => among.has(skill.name)) : indexed;
      const queryTerms = keywordTerms(query);
      const queryVector = embed(query);
      const keyword = scaleToUnit(candidates.map((skill) => bm25(skill, queryTerms)));
      const embedding = scaleToUnit(
        candidates.map((skill) =>
          Math.max(...skill.facets.map((facet) => cosineSimilarity(queryVector, facet))),
        ),
      );
      const matches = candidates.map((skill, index) => {
        const k = keyword[index] as number;
        const e = embedding[index] as number;
        const score = method === 'keyword' ? k : method === 'embedding' ? e : (k + e) / 2;
        return { name: skill.name, score, keyword: k, embedding: e };
      });
      return matches.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    },
  };
}

/** Min-max scaling to 0..1; all zeros when the values do not differ (no signal). */
function scaleToUnit(values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min ? values.map((value) => (value - min) / (max - min)) : values.map(() => 0);
}
