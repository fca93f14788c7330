import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchJson } from '../api/fetch-json.ts';
import { feedPageSchema, type PostSummary } from '../api/network-schemas.ts';

const PAGE_SIZE = 10;

/** The feed, page by page through the cursor; `loadMore` fetches the next page unless one is loading. */
export function useFeedPages() {
  const [posts, setPosts] = useState<PostSummary[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  const loadMore = useCallback(() => {
    if (inFlight.current || cursor === null) return;
    const controller = new AbortController();
    inFlight.current = controller;
    setLoading(true);
    setError(null);
    const query = `limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    fetchJson(`/api/posts?${query}`, feedPageSchema, { signal: controller.signal })
      .then(
        (page) => {
          setPosts((previous) => [...previous, ...page.items]);
          setCursor(page.nextCursor);
        },
        (failure: unknown) => {
          if (!controller.signal.aborted)
            setError(failure instanceof Error ? failure : new Error(String(failure)));
        },
      )
      .finally(() => {
        if (inFlight.current === controller) inFlight.current = null;
        setLoading(false);
      });
  }, [cursor]);

  useEffect(() => () => inFlight.current?.abort(), []);
  return { posts, loading, error, loadMore, done: cursor === null };
}
