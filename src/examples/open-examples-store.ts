import type { RoleEndpoints } from '../llm/config/llm-config-schema.ts';
import { createExamplesStore, type ExamplesStore } from './create-examples-store.ts';
import { createTextEmbedder } from './create-text-embedder.ts';
import { loadExamples } from './load-examples.ts';

/** The shipped examples, embedded with the configured `embeddings` role (word vectors when offline). */
export function openExamplesStore(options: {
  embeddings: RoleEndpoints;
  signal?: AbortSignal;
}): Promise<ExamplesStore> {
  return createExamplesStore({
    examples: loadExamples(),
    embedder: createTextEmbedder(options.embeddings),
    signal: options.signal,
  });
}
