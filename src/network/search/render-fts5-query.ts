import type { SearchTerms } from './parse-search-text.ts';

export interface MatchOptions {
  /** 'all': every term must match; 'any': at least one (ranked by how many and how well). */
  mode: 'all' | 'any';
  /** Match the title column only (e.g. salary statistics by job title). */
  titleOnly?: boolean;
}

/** An FTS5 MATCH expression: every term double-quoted (tokens are letters and digits only), optionally a prefix. */
export function renderFts5Query(terms: SearchTerms, { mode, titleOnly = false }: MatchOptions): string {
  const last = terms.phrases.length - 1;
  const rendered = terms.phrases.map(
    (tokens, index) => `"${tokens.join(' ')}"${terms.prefixLast && index === last ? '*' : ''}`,
  );
  const expression = rendered.join(mode === 'all' ? ' AND ' : ' OR ');
  return titleOnly ? `title : (${expression})` : expression;
}
