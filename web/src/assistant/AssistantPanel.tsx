import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/fetch-json.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { ChatSession } from './ChatSession.tsx';
import { ConversationHistory } from './ConversationHistory.tsx';
import type { ChatContext, DossierMessage } from './chat-parts.ts';
import { loadConversationMessages, rememberedConversation } from './conversations.ts';

/**
 * The assistant beside every page: starter questions for the item in view, the current conversation
 * (found again after a reload) and past conversations.
 */
export function AssistantPanel({ context }: { context: ChatContext | null }) {
  const [conversationId, setConversationId] = useState(
    () => rememberedConversation.get() ?? crypto.randomUUID(),
  );
  const [historyVersion, setHistoryVersion] = useState(0);
  const messages = useResource(conversationId, (signal) =>
    loadConversationMessages(conversationId, signal).catch((error: unknown) => {
      // A conversation not started yet (or another member's): begin empty under this id.
      if (error instanceof ApiError && (error.status === 404 || error.status === 403))
        return [] as DossierMessage[];
      throw error;
    }),
  );
  const onTurnStarted = useCallback(() => {
    rememberedConversation.set(conversationId);
    setHistoryVersion((n) => n + 1);
  }, [conversationId]);
  const open = (id: string) => {
    rememberedConversation.set(id);
    setConversationId(id);
  };
  useEffect(() => {
    if (messages.state === 'ready' && messages.data.length > 0) rememberedConversation.set(conversationId);
  }, [messages, conversationId]);

  return (
    <aside className="assistant-panel" aria-labelledby="assistant-title">
      <header className="assistant-header">
        <h2 id="assistant-title">Assistant</h2>
        <button type="button" className="button secondary small" onClick={() => open(crypto.randomUUID())}>
          New conversation
        </button>
      </header>
      <p className="assistant-context">
        {context ? (
          <>
            Asking about <strong>{context.title}</strong>
          </>
        ) : (
          'Ask about jobs, people, companies and posts.'
        )}
      </p>
      {messages.state === 'loading' && <p className="loading">Loading the conversation…</p>}
      {messages.state === 'failed' && (
        <ErrorNotice
          title="Could not load the conversation."
          error={messages.error}
          onRetry={messages.retry}
        />
      )}
      {messages.state === 'ready' && (
        <ChatSession
          key={conversationId}
          conversationId={conversationId}
          initialMessages={messages.data}
          context={context}
          onTurnStarted={onTurnStarted}
        />
      )}
      <ConversationHistory current={conversationId} version={historyVersion} onOpen={open} />
    </aside>
  );
}
