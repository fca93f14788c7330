/** What the skill extractor knows: O*NET technology names and the English words to be wary of. */
export interface SkillVocabulary {
  /**
   * Each O*NET technology once: how many occupations list it (ties between aliases go to the
   * commoner) and whether any marks it Hot (frequent in postings).
   */
  technologies: readonly { name: string; occupations: number; hot: boolean }[];
  /** Lowercase everyday words: a technology name or alias that is one of them never matches alone. */
  englishWords: ReadonlySet<string>;
}
