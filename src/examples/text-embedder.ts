/** Turns texts into unit vectors, one per text, in order. */
export interface TextEmbedder {
  /** `words` for the bundled vectors, else the endpoint's model name: recorded with measurements. */
  name: string;
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}
