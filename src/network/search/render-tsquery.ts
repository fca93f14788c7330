import type { SearchTerms } from './parse-search-text.ts';
import type { MatchOptions } from './render-fts5-query.ts';

/** A Postgres to_tsquery('english', ...) text; titles carry weight A in search_docs.tsv. */
export function renderTsquery(terms: SearchTerms, { mode, titleOnly = false }: MatchOptions): string {
  const lastPhrase = terms.phrases.length - 1;
  const rendered = terms.phrases.map((tokens, phraseIndex) => {
    const lastToken = tokens.length - 1;
    const phrase = tokens.map((token, tokenIndex) => {
      const prefix = terms.prefixLast && phraseIndex === lastPhrase && tokenIndex === lastToken ? '*' : '';
      const weight = titleOnly ? 'A' : '';
      return prefix || weight ? `${token}:${prefix}${weight}` : token;
    });
    return tokens.length > 1 ? `(${phrase.join(' <-> ')})` : phrase.join('');
  });
  return rendered.join(mode === 'all' ? ' & ' : ' | ');
}
