import { fetchJson } from '../api/fetch-json.ts';
import { articleSchema } from '../api/network-schemas.ts';
import { useResource } from '../api/use-resource.ts';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { ResourceView } from '../common/ResourceView.tsx';

/** A knowledge article the assistant cited. */
export function ArticlePage({ articleId }: { articleId: string }) {
  const article = useResource(articleId, (signal) =>
    fetchJson(`/api/articles/${encodeURIComponent(articleId)}`, articleSchema, { signal }),
  );
  useAssistantTarget(null);
  return (
    <ResourceView resource={article} what="the article">
      {(data) => (
        <article className="page-card" aria-labelledby="article-title">
          <h1 id="article-title" className="page-title">
            {data.title}
          </h1>
          <p className="ui-text tone-muted">{data.description}</p>
          <div className="post-body prewrap">{data.body}</div>
          {data.url && (
            <a href={data.url} target="_blank" rel="noreferrer noopener">
              Source
            </a>
          )}
        </article>
      )}
    </ResourceView>
  );
}
