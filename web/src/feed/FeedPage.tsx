import { useEffect, useRef } from 'react';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { PostCard } from './PostCard.tsx';
import { useFeedPages } from './use-feed-pages.ts';

/** The feed: newest posts, the next page loading as the end scrolls into view (or on the button). */
export function FeedPage() {
  const { posts, loading, error, loadMore, done } = useFeedPages();
  const sentinel = useRef<HTMLDivElement>(null);
  useAssistantTarget(null);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || error) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadMore();
      },
      { rootMargin: '600px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [loadMore, error]);

  return (
    <section aria-labelledby="feed-title" className="feed">
      <h1 id="feed-title" className="page-title">
        Feed
      </h1>
      <ul className="feed-list" aria-busy={loading}>
        {posts.map((post) => (
          <li key={post.slug}>
            <PostCard post={post} />
          </li>
        ))}
      </ul>
      {error && <ErrorNotice title="Could not load more posts." error={error} onRetry={loadMore} />}
      {!done && !error && (
        <div ref={sentinel} className="feed-more">
          <button type="button" className="button secondary" onClick={loadMore} disabled={loading}>
            {loading ? 'Loading posts…' : 'Load more posts'}
          </button>
        </div>
      )}
      {done && <p className="ui-text tone-muted feed-end">You have reached the first post.</p>}
    </section>
  );
}
