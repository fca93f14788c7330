/** A curated response shown to the model: a question (with what the member viewed) and the ideal output. */
export interface PromptExample {
  query: string;
  context?: string;
  /** Answer step only: the dossier excerpt the answer is grounded in. */
  dossier?: string;
  /** The ideal plan (YAML) or answer. */
  response: string;
}
