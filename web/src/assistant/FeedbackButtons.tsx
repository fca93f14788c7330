import { useState } from 'react';
import { z } from 'zod';
import { fetchJson } from '../api/fetch-json.ts';

type Rating = 'up' | 'down';

/** Thumbs up/down on one answer, stored with the turn; a failure says so and can be retried. */
export function FeedbackButtons({ messageId }: { messageId: string }) {
  const [sent, setSent] = useState<Rating | null>(null);
  const [failed, setFailed] = useState<{ rating: Rating; message: string } | null>(null);
  const send = async (rating: Rating) => {
    setFailed(null);
    try {
      await fetchJson(`/api/messages/${encodeURIComponent(messageId)}/feedback`, z.unknown(), {
        method: 'POST',
        body: { rating },
      });
      setSent(rating);
    } catch (error) {
      setFailed({ rating, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <fieldset className="feedback">
      <legend className="visually-hidden">Was this answer helpful?</legend>
      <button
        type="button"
        className="icon-button"
        aria-pressed={sent === 'up'}
        aria-label="Helpful"
        title="Helpful"
        onClick={() => send('up')}
      >
        👍
      </button>
      <button
        type="button"
        className="icon-button"
        aria-pressed={sent === 'down'}
        aria-label="Not helpful"
        title="Not helpful"
        onClick={() => send('down')}
      >
        👎
      </button>
      <span className="feedback-status" role="status">
        {sent && !failed ? 'Thanks for the feedback.' : ''}
      </span>
      {failed && (
        <span className="feedback-error" role="alert">
          Feedback not saved: {failed.message}{' '}
          <button type="button" className="as-link" onClick={() => send(failed.rating)}>
            Retry
          </button>
        </span>
      )}
    </fieldset>
  );
}
