import { type FormEvent, type KeyboardEvent, useState } from 'react';

/** The question box: Enter sends, Shift+Enter breaks the line; Stop replaces Send while answering. */
export function Composer({
  busy,
  onSend,
  onStop,
  inputRef,
}: {
  busy: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const question = text.trim();
    if (!question || busy) return;
    onSend(question);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) submit(event);
  };
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="assistant-question" className="visually-hidden">
        Ask the assistant
      </label>
      <textarea
        id="assistant-question"
        ref={inputRef}
        rows={2}
        maxLength={2000}
        placeholder="Ask about this page, jobs, people or companies…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {busy ? (
        <button type="button" className="button secondary" onClick={onStop}>
          Stop
        </button>
      ) : (
        <button type="submit" className="button primary" disabled={!text.trim()}>
          Send
        </button>
      )}
    </form>
  );
}
