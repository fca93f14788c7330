import { fetchJson } from '../api/fetch-json.ts';
import { postSchema } from '../api/network-schemas.ts';
import { useResource } from '../api/use-resource.ts';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { formatDay } from '../common/format.ts';
import { ResourceView } from '../common/ResourceView.tsx';
import { AuthorLine } from './AuthorLine.tsx';

export function PostPage({ slug }: { slug: string }) {
  const post = useResource(slug, (signal) =>
    fetchJson(`/api/posts/${encodeURIComponent(slug)}`, postSchema, { signal }),
  );
  useAssistantTarget(post.state === 'ready' ? { kind: 'post', id: slug, title: post.data.title } : null);
  return (
    <ResourceView resource={post} what="the post">
      {(data) => (
        <article className="page-card post-page" aria-labelledby="post-title">
          <AuthorLine authors={data.authors} />
          <h1 id="post-title" className="page-title">
            {data.title}
          </h1>
          <p className="post-meta">
            {formatDay(data.publishedAt)}
            {data.url && (
              <>
                {' · '}
                <a href={data.url} target="_blank" rel="noreferrer noopener">
                  Original
                </a>
              </>
            )}
          </p>
          <ul className="tags" aria-label="Tags">
            {data.tags.map((tag) => (
              <li key={tag} className="ui-chip">
                {tag}
              </li>
            ))}
          </ul>
          <div className="post-body">
            {data.body.split(/\n{2,}/).map((paragraph, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </article>
      )}
    </ResourceView>
  );
}
