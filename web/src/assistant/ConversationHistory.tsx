import { ApiError } from '../api/fetch-json.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { formatDay } from '../common/format.ts';
import { listConversations } from './conversations.ts';

/** Past conversations, newest first; opening one shows it in the panel. */
export function ConversationHistory({
  current,
  version,
  onOpen,
}: {
  current: string;
  version: number;
  onOpen: (id: string) => void;
}) {
  const conversations = useResource(`history:${version}`, listConversations);
  return (
    <details className="conversation-history">
      <summary>Past conversations</summary>
      {conversations.state === 'failed' && isUnauthenticated(conversations.error) && (
        <p className="ui-text tone-muted">Sign in to keep a list of your conversations.</p>
      )}
      {conversations.state === 'failed' && !isUnauthenticated(conversations.error) && (
        <ErrorNotice
          title="Could not list conversations."
          error={conversations.error}
          onRetry={conversations.retry}
        />
      )}
      {conversations.state === 'ready' &&
        (conversations.data.length === 0 ? (
          <p className="ui-text tone-muted">None yet.</p>
        ) : (
          <ul>
            {conversations.data.map((conversation) => (
              <li key={conversation.conversationId}>
                <button
                  type="button"
                  className="as-link"
                  aria-current={conversation.conversationId === current ? 'true' : undefined}
                  onClick={() => onOpen(conversation.conversationId)}
                >
                  {conversation.title}
                </button>{' '}
                <span className="ui-text tone-muted">
                  {formatDay(new Date(conversation.updatedAt).toISOString())}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </details>
  );
}

const isUnauthenticated = (error: Error) => error instanceof ApiError && error.status === 401;
