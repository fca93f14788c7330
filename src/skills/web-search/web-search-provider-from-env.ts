import { createBraveWebSearch } from './create-brave-web-search.ts';
import { createBundledWebSearch } from './create-bundled-web-search.ts';
import type { WebSearchProvider } from './web-search-provider.ts';

/**
 * The provider named by DOSSIER_WEB_SEARCH: "bundled" (default, offline) or "brave" (needs
 * BRAVE_API_KEY; BRAVE_SEARCH_BASE_URL overrides the endpoint, e.g. for a recorded-response server).
 */
export function webSearchProviderFromEnv(env: NodeJS.ProcessEnv = process.env): WebSearchProvider {
  const choice = env.DOSSIER_WEB_SEARCH || 'bundled';
  if (choice === 'bundled') return createBundledWebSearch();
  if (choice === 'brave') {
    if (!env.BRAVE_API_KEY) throw new Error('DOSSIER_WEB_SEARCH=brave needs BRAVE_API_KEY');
    return createBraveWebSearch({
      apiKey: env.BRAVE_API_KEY,
      baseUrl: env.BRAVE_SEARCH_BASE_URL || undefined,
    });
  }
  throw new Error(`DOSSIER_WEB_SEARCH must be "bundled" or "brave", not "${choice}"`);
}
