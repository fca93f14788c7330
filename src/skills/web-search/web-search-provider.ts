import { z } from 'zod';
import type { SkillContext } from '../skill-context.ts';

/** One search hit, whatever the engine. */
export const webSearchResultSchema = z.object({
  title: z.string(),
  url: z.string(),
  snippet: z.string(),
});
export type WebSearchResult = z.infer<typeof webSearchResultSchema>;

/** An engine behind `web_search`: the bundled one over the network's own content, or a public search API. */
export interface WebSearchProvider {
  /** Shown with results, so answers can say where they came from. */
  readonly name: string;
  search(request: { query: string; count: number }, context: SkillContext): Promise<WebSearchResult[]>;
}
