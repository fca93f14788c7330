import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
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
