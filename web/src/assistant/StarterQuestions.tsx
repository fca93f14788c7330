import { z } from 'zod';
import { fetchJson } from '../api/fetch-json.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { UiDocumentView } from '../ui-document/UiDocumentView.tsx';
import type { UiActions } from '../ui-document/UiNodeView.tsx';
import type { ChatContext } from './chat-parts.ts';
import { QuestionButtons } from './QuestionButtons.tsx';

const startersSchema = z.object({ questions: z.array(z.string()), ui: z.unknown() });

/** Starter questions for the item in view (or the feed), composed by the server as UI. */
export function StarterQuestions({ context, actions }: { context: ChatContext | null; actions: UiActions }) {
  const query = context ? `kind=${context.kind}&id=${encodeURIComponent(context.id)}` : 'kind=feed';
  const starters = useResource(query, (signal) =>
    fetchJson(`/api/starters?${query}`, startersSchema, { signal }),
  );
  if (starters.state === 'loading') return <p className="loading">Loading suggestions…</p>;
  if (starters.state === 'failed')
    return (
      <ErrorNotice title="Could not load suggestions." error={starters.error} onRetry={starters.retry} />
    );
  const { questions, ui } = starters.data;
  return (
    <section className="starters" aria-label="Suggested questions">
      <UiDocumentView
        document={ui}
        actions={actions}
        fallback={<QuestionButtons questions={questions} actions={actions} />}
      />
    </section>
  );
}
