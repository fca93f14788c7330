import { cosineSimilarity, embedWords, type WordEmbedding } from '../embeddings/embed.ts';
import type { Skill } from './define-skill.ts';
import { type EntityKind, entityCues, SKILLS_BY_ENTITY } from './entity-cues.ts';
import { keywordTerms } from './keyword-terms.ts';

// Discovery: which skills a query needs. Three similarity signals, each scaled to 0..1 across the
// skills for the query, plus entity cues, mixed by weight:
// - keyword: BM25 over the skill's name, description, when-to-use and example requests; catches
//   exact vocabulary ("salary", "post");
// - embedding: each query word matched to its nearest word of those texts by word-vector cosine;
//   catches paraphrase ("pay", "vacancies");
// - examples: nearest neighbours among the skill's 20–30 example requests (the mean of the best
//   few query–example similarities, each a word-vector match in both directions), so that a
//   request is judged by requests like it rather than by words spread over one long text;
// - entity cues: the request names a job id, a post slug, a member, a known company, or the member
//   is viewing one (the context): the skills that take that thing get a bonus.
// `method` picks one similarity signal alone (no cues), for comparison.

export type DiscoveryMethod = 'combined' | 'keyword' | 'embedding' | 'examples';

/** What the member is viewing while asking, when known. */
export interface DiscoveryContext {
  kind: EntityKind;
}

export interface SkillMatch {
  name: string;
  score: number;
  keyword: number;
  embedding: number;
  examples: number;
  cue: number;
}

export interface DiscoveryWeights {
  keyword: number;
  embedding: number;
  examples: number;
  /** Added once for an entity the request names or the member views (not scaled with the others). */
  cue: number;
}

/**
 * Chosen on the training part of the dev set (discovery-dev-set.ts `splitDevSet`), checked on its
 * validation part; the held-out sets played no part (bench/tune-discovery.ts prints the search).
 */
export const DEFAULT_DISCOVERY_WEIGHTS: DiscoveryWeights = {
  keyword: 0.1,
  embedding: 0.6,
  examples: 0.3,
  cue: 0.3,
};

export interface RankOptions {
  method?: DiscoveryMethod;
  among?: ReadonlySet<string>;
  context?: DiscoveryContext;
  weights?: DiscoveryWeights;
}

export interface SkillIndex {
  /** Skills by similarity to the query, best first, restricted to `among` when given. */
  rank(query: string, options?: RankOptions): SkillMatch[];
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** The skill name is the most telling text; its words count this many times. */
const NAME_REPEAT = 3;
/** How many of a skill's nearest examples are averaged. */
const NEAREST_EXAMPLES = 3;

/** A text as word ids into the index's vocabulary, with the words' frequency weights. */
interface IndexedText {
  wordIds: number[];
  weights: number[];
  totalWeight: number;
}

interface IndexedSkill {
  name: string;
  termCounts: Map<string, number>;
  length: number;
  /** Ids of every word of the skill's texts. */
  vocabularyIds: number[];
  examples: IndexedText[];
}

export function createSkillIndex(
  skills: readonly Skill[],
  options: { companyNames?: readonly string[] } = {},
): SkillIndex {
  // One vocabulary for all skills, so each query word is compared with each known word once.
  const vocabulary: WordEmbedding[] = [];
  const idOf = new Map<string, number>();
  const indexText = (text: string): IndexedText => {
    const words = embedWords(text);
    const wordIds = words.map((word) => {
      let id = idOf.get(word.word);
      if (id === undefined) {
        id = vocabulary.push(word) - 1;
        idOf.set(word.word, id);
      }
      return id;
    });
    const weights = words.map((word) => word.weight);
    return { wordIds, weights, totalWeight: weights.reduce((sum, weight) => sum + weight, 0) };
  };

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
    const examples = skill.examples.map(indexText);
    const texts = [nameWords, skill.description, skill.whenToUse].map(indexText);
    return {
      name: skill.name,
      termCounts,
      length: terms.length,
      vocabularyIds: [...new Set([...texts, ...examples].flatMap((text) => text.wordIds))],
      examples,
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
  const mentions = entityCues(options.companyNames ?? []);

  /** Per query word, its closeness (cosine, cubed so that loose associations barely count) to every vocabulary word. */
  const closeness = (queryWords: readonly WordEmbedding[], cache: Map<string, Float32Array>) =>
    queryWords.map((word) => {
      let row = cache.get(word.word);
      if (!row) {
        row = new Float32Array(vocabulary.length);
        for (let id = 0; id < vocabulary.length; id += 1) {
          const cosine = cosineSimilarity(word.vector, (vocabulary[id] as WordEmbedding).vector);
          row[id] = cosine > 0 ? cosine ** 3 : 0;
        }
        cache.set(word.word, row);
      }
      return row;
    });

  const rankText = (
    query: string,
    candidates: IndexedSkill[],
    cache: Map<string, Float32Array>,
    cuedSkills: ReadonlySet<string>,
    { method, weights }: { method: DiscoveryMethod; weights: DiscoveryWeights },
  ): SkillMatch[] => {
    const queryWords = embedWords(query);
    const rows = closeness(queryWords, cache);
    const keyword = scaleToUnit(candidates.map((skill) => bm25(skill, keywordTerms(query))));
    const embedding = scaleToUnit(
      candidates.map((skill) => softWordMatch(queryWords, rows, skill.vocabularyIds)),
    );
    const examples = scaleToUnit(
      candidates.map((skill) => nearestExamples(queryWords, rows, skill.examples)),
    );
    return candidates.map((skill, index) => {
      const signals = {
        keyword: keyword[index] as number,
        embedding: embedding[index] as number,
        examples: examples[index] as number,
        cue: cuedSkills.has(skill.name) ? 1 : 0,
      };
      const score =
        method === 'combined'
          ? weights.keyword * signals.keyword +
            weights.embedding * signals.embedding +
            weights.examples * signals.examples +
            weights.cue * signals.cue
          : signals[method];
      return { name: skill.name, score, ...signals };
    });
  };

  return {
    rank(query, { method = 'combined', among, context, weights = DEFAULT_DISCOVERY_WEIGHTS } = {}) {
      const candidates = among ? indexed.filter((skill) => among.has(skill.name)) : indexed;
      const cache = new Map<string, Float32Array>();
      const cuedSkills = new Set(
        [...mentions(query), ...(context ? [context.kind] : [])].flatMap((kind) => SKILLS_BY_ENTITY[kind]),
      );
      const settings = { method, weights };
      const whole = rankText(query, candidates, cache, cuedSkills, settings);
      // A request often asks for two or three things ("what does it pay and who is hiring"): each
      // part is ranked too, and a skill keeps its best score over the whole and the parts.
      const parts = splitRequest(query).map((part) =>
        rankText(part, candidates, cache, cuedSkills, settings),
      );
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
    .split(/\s*(?:[,;?:]|\band\b|\balso\b|\bthen\b|\bplus\b)\s*/i)
    .filter((part) => keywordTerms(part).length > 0);
  return parts.length > 1 ? parts : [];
}

/** How well the query words are matched by their nearest words of the skill's texts, frequency-weighted. */
function softWordMatch(
  queryWords: readonly WordEmbedding[],
  rows: readonly Float32Array[],
  vocabularyIds: readonly number[],
): number {
  let total = 0;
  let weights = 0;
  queryWords.forEach((word, q) => {
    const row = rows[q] as Float32Array;
    let nearest = 0;
    for (const id of vocabularyIds) nearest = Math.max(nearest, row[id] as number);
    total += word.weight * nearest;
    weights += word.weight;
  });
  return weights > 0 ? total / weights : 0;
}

/**
 * The mean similarity of the query to its few nearest examples. Query–example similarity is the
 * harmonic mean of how well the query's words are matched in the example and the example's in the
 * query, so a long example does not win by covering every word and a short one by matching one.
 */
function nearestExamples(
  queryWords: readonly WordEmbedding[],
  rows: readonly Float32Array[],
  examples: readonly IndexedText[],
): number {
  const queryWeight = queryWords.reduce((sum, word) => sum + word.weight, 0);
  if (queryWeight === 0) return 0;
  const similarities = examples.map((example) => {
    let precision = 0;
    queryWords.forEach((word, q) => {
      const row = rows[q] as Float32Array;
      let nearest = 0;
      for (const id of example.wordIds) nearest = Math.max(nearest, row[id] as number);
      precision += word.weight * nearest;
    });
    let recall = 0;
    example.wordIds.forEach((id, e) => {
      let nearest = 0;
      for (const row of rows) nearest = Math.max(nearest, row[id] as number);
      recall += (example.weights[e] as number) * nearest;
    });
    precision /= queryWeight;
    recall = example.totalWeight > 0 ? recall / example.totalWeight : 0;
    return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  });
  const nearest = similarities.sort((a, b) => b - a).slice(0, NEAREST_EXAMPLES);
  return nearest.reduce((sum, value) => sum + value, 0) / Math.max(nearest.length, 1);
}

/** Min-max scaling to 0..1; all zeros when the values do not differ (no signal). */
function scaleToUnit(values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min ? values.map((value) => (value - min) / (max - min)) : values.map(() => 0);
}
