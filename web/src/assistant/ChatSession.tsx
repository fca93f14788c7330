import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useEffect, useMemo, useRef } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import type { UiActions } from '../ui-document/UiNodeView.tsx';
import { AssistantMessage } from './AssistantMessage.tsx';
import { Composer } from './Composer.tsx';
import type { ChatContext, DossierMessage } from './chat-parts.ts';
import { StarterQuestions } from './StarterQuestions.tsx';

/**
 * One conversation with the assistant: `useChat` over the chat API's UI message stream, resuming a
 * turn still in flight (after a reload), with the item in view sent as context on every question.
 */
export function ChatSession({
  conversationId,
  initialMessages,
  context,
  onTurnStarted,
}: {
  conversationId: string;
  initialMessages: DossierMessage[];
  context: ChatContext | null;
  onTurnStarted: () => void;
}) {
  const contextRef = useRef(context);
  contextRef.current = context;
  const transport = useMemo(
    () =>
      new DefaultChatTransport<DossierMessage>({
        api: '/api/chat',
        body: () => ({
          context: contextRef.current
            ? { kind: contextRef.current.kind, id: contextRef.current.id }
            : undefined,
        }),
      }),
    [],
  );
  // Only a conversation with history can have a turn in flight to resume (a reload mid-answer).
  const chat = useChat<DossierMessage>({
    id: conversationId,
    messages: initialMessages,
    transport,
    resume: initialMessages.length > 0,
  });
  const busy = chat.status === 'submitted' || chat.status === 'streaming';
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const send = (text: string) => {
    onTurnStarted();
    void chat.sendMessage({ text });
  };
  const stop = () => {
    // The turn runs on the server independently of this connection: ask it to stop too.
    void fetch(`/api/chat/${encodeURIComponent(conversationId)}/stop`, { method: 'POST' }).catch(() => {});
    void chat.stop();
    inputRef.current?.focus();
  };
  const actions: UiActions = { sendMessage: send, busy };

  const messageCount = chat.messages.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when a message is added
  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [messageCount]);

  const last = chat.messages.at(-1);
  return (
    <div className="chat-session">
      <StarterQuestions context={context} actions={actions} />
      {messageCount > 0 && (
        <ol className="messages" ref={listRef} aria-label="Conversation">
          {chat.messages.map((message) => (
            <li key={message.id}>
              {message.role === 'user' ? (
                <p className="message user">
                  <span className="visually-hidden">You asked: </span>
                  {message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('')}
                </p>
              ) : (
                <AssistantMessage message={message} streaming={busy && message === last} actions={actions} />
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="false">
        {chat.status === 'submitted' ? 'The assistant is looking this up.' : ''}
        {chat.status === 'ready' && last?.role === 'assistant' ? 'Answer complete.' : ''}
      </p>
      {chat.status === 'submitted' && <p className="loading">Thinking…</p>}
      {chat.error && (
        <ErrorNotice
          title="The assistant could not answer."
          error={readableChatError(chat.error)}
          onRetry={() => {
            chat.clearError();
            void chat.regenerate();
          }}
        />
      )}
      <Composer busy={busy} onSend={send} onStop={stop} inputRef={inputRef} />
    </div>
  );
}

/** useChat's error carries the response body as its message: show the API's own message from it. */
function readableChatError(error: Error): Error {
  try {
    const body = JSON.parse(error.message) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return new Error(body.error.message);
  } catch {
    // not a JSON body: a network failure or a stream error, already readable
  }
  return error;
}
