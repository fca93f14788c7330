import { readUIMessageStream } from 'ai';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../../src/pipeline/turn-event.ts';
import { createUiPartMapper } from '../../../src/server/chat/to-ui-message-parts.ts';
import { composeCard } from '../../../src/ui/compose-card.ts';
import { composeFollowUps } from '../../../src/ui/compose-follow-ups.ts';
import { AssistantMessage } from './AssistantMessage.tsx';
import type { DossierMessage } from './chat-parts.ts';

const card = {
  kind: 'job' as const,
  id: '3803052628',
  title: 'Flight Software Engineer',
  subtitle: 'Insight Global',
  url: null,
};

// The parts of an answer as the chat API streams them (src/server/chat/README.md).
const message = {
  id: 'm1',
  role: 'assistant',
  parts: [
    { type: 'data-conversation', data: { conversationId: 'c1', messageId: 'm1' } },
    { type: 'data-route', data: { agent: 'job_fit', confidence: 0.93, source: 'model' } },
    { type: 'data-skill-call', id: '1', data: { skill: 'get_job', args: {}, status: 'ok', items: 1 } },
    {
      type: 'data-notice',
      data: { level: 'info', code: 'offline', text: 'Answered by the offline engine.' },
    },
    { type: 'text', text: 'You match 4 of the 6 skills.', state: 'done' },
    { type: 'data-card', id: 'job:3803052628', data: { card, ui: composeCard(card) } },
    {
      type: 'data-follow-ups',
      data: { questions: ['What am I missing?'], ui: composeFollowUps(['What am I missing?']) },
    },
    { type: 'data-hologram', data: { anything: true } },
    { type: 'data-card', data: { card: { kind: 'job' } } },
  ],
} as unknown as DossierMessage;

const render = (streaming: boolean) =>
  renderToStaticMarkup(
    <AssistantMessage message={message} streaming={streaming} actions={{ sendMessage: () => {} }} />,
  );

describe('AssistantMessage', () => {
  it('shows the answer, the offline notice, cards, follow-ups and feedback once finished', () => {
    const html = render(false);
    expect(html).toContain('You match 4 of the 6 skills.');
    expect(html).toContain('Offline mode.');
    expect(html).toContain('Answered by the job fit assistant');
    expect(html).toContain('href="/jobs/3803052628"');
    expect(html).toContain('What am I missing?');
    expect(html).toContain('aria-label="Helpful"');
    expect(html).toContain('aria-live="polite"');
    // The unknown data part and the malformed card are skipped, not fatal.
    expect(html).not.toContain('hologram');
    expect(html.match(/<article class="ui-card/g)).toHaveLength(1);
  });

  it('holds follow-ups and feedback back while streaming', () => {
    const html = render(true);
    expect(html).toContain('You match 4 of the 6 skills.');
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('What am I missing?');
    expect(html).not.toContain('aria-label="Helpful"');
  });
});

describe('AssistantMessage after a retraction', () => {
  // The parts as the chat API's own mapper streams them and the AI SDK's reader assembles them, live
  // and on a reload alike (GET /api/conversations/:id/messages replays the stored events the same way).
  async function answerOf(events: TurnEvent[]): Promise<DossierMessage> {
    const toParts = createUiPartMapper();
    const stream = new ReadableStream({
      start(controller) {
        for (const chunk of events.flatMap(toParts)) controller.enqueue(chunk);
        controller.close();
      },
    });
    let message: DossierMessage | undefined;
    for await (const state of readUIMessageStream<DossierMessage>({ stream })) message = state;
    if (!message) throw new Error('no message');
    return message;
  }

  it('shows the text cut where it was withdrawn, the text after it, and a notice saying why', async () => {
    const withdrawn = await answerOf([
      { type: 'turn_started', conversationId: 'c1', messageId: 'm2' },
      { type: 'text_delta', text: 'One role fits. ' },
      { type: 'text_delta', text: 'The hiring manager is at ' },
      { type: 'retracted', fromChar: 15, reason: 'private_data: 1 phone number' },
      { type: 'text_delta', text: 'It matches your search.' },
      { type: 'done', totalMs: 9, timings: [] },
    ]);
    for (const streaming of [true, false]) {
      const html = renderToStaticMarkup(
        <AssistantMessage message={withdrawn} streaming={streaming} actions={{ sendMessage: () => {} }} />,
      );
      expect(html).toContain('One role fits. It matches your search.');
      expect(html).not.toContain('hiring manager');
      expect(html).toContain('Part of this answer was withdrawn: private_data: 1 phone number');
    }
  });
});
