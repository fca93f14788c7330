import type { RankedPage } from '../search/ranked-search.ts';
import type { Page } from './page.ts';

/** A search result: the entity plus how it matched. */
export type SearchHit<T> = T & {
  /** Relevance, higher is better; null when listing without search text. */
  score: number | null;
  /** Extract of the matched text with the terms «marked»; null without search text. */
  snippet: string | null;
};

export interface SearchPage<T> extends Page<SearchHit<T>> {
  /** 'all': every term matched; 'any': nothing matched every term, so results match some; null: no search text. */
  matched: 'all' | 'any' | null;
}

export function toSearchPage<Row, T>(
  page: RankedPage<Row>,
  paging: { limit: number; offset: number },
  toItem: (row: Row) => T,
): SearchPage<T> {
  return {
    items: page.rows.map((ranked) => ({
      ...toItem(ranked.row),
      score: ranked.score,
      snippet: ranked.snippet,
    })),
    total: page.total,
    limit: paging.limit,
    offset: paging.offset,
    matched: page.matched,
  };
}
