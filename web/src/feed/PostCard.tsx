import type { PostSummary } from '../api/network-schemas.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import { useAskAbout } from '../assistant/assistant-target.ts';
import { formatDay } from '../common/format.ts';
import { AuthorLine } from '../post/AuthorLine.tsx';

/** A post in the feed: byline, title, excerpt, tags, and a button that points the assistant at it. */
export function PostCard({ post }: { post: PostSummary }) {
  const askAbout = useAskAbout();
  return (
    <article className="post-card" aria-labelledby={`post-${post.slug}`}>
      <AuthorLine authors={post.authors} />
      <h2 id={`post-${post.slug}`} className="post-title">
        <Link href={itemHref('post', post.slug)}>{post.title}</Link>
      </h2>
      <p className="post-meta">{formatDay(post.publishedAt)}</p>
      <p className="post-excerpt">{post.excerpt}</p>
      <div className="post-actions">
        <ul className="tags" aria-label="Tags">
          {post.tags.slice(0, 4).map((tag) => (
            <li key={tag} className="ui-chip">
              {tag}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button secondary small"
          onClick={() => {
            askAbout({ kind: 'post', id: post.slug, title: post.title });
            document.getElementById('assistant-title')?.scrollIntoView({ block: 'nearest' });
          }}
        >
          Ask about this post
        </button>
      </div>
    </article>
  );
}
