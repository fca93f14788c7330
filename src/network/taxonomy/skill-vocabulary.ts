/** What the skill extractor knows: O*NET technology names and the English words to be wary of. */
export interface SkillVocabulary {
  /** Each O*NET technology once, with the number of occupations listing it (ties go to the commoner). */
  technologies: readonly { name: string; occupations: number }[];
  /** Lowercase everyday words: a technology name or alias that is one of them never matches alone. */
  englishWords: ReadonlySet<string>;
}
