import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { composeCard } from '../../../src/ui/compose-card.ts';
import { composeFollowUps } from '../../../src/ui/compose-follow-ups.ts';
import { UiDocumentView } from './UiDocumentView.tsx';

const actions = { sendMessage: () => {} };
const render = (document: unknown) =>
  renderToStaticMarkup(<UiDocumentView document={document} actions={actions} />);

describe('UiDocumentView', () => {
  it('renders follow-ups composed by the server as buttons', () => {
    const html = render(composeFollowUps(['Which jobs fit me?', 'What skills am I missing?']));
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toContain('Which jobs fit me?');
  });

  it('renders a server-composed card with a link that opens the item', () => {
    const html = render(
      composeCard({
        kind: 'job',
        id: '3803052628',
        title: 'Flight Software Engineer',
        subtitle: 'Insight Global',
        url: null,
      }),
    );
    expect(html).toContain('Flight Software Engineer');
    expect(html).toContain('href="/jobs/3803052628"');
  });

  it('renders an unknown primitive as its text, without breaking the rest', () => {
    const html = render({
      version: 1,
      root: {
        type: 'stack',
        children: [
          { type: 'carousel', text: 'Similar roles', children: [{ type: 'chip', text: 'Avionics' }] },
          { type: 'hologram' },
          { type: 'text', text: 'after' },
        ],
      },
    });
    expect(html).toContain('data-primitive="carousel"');
    expect(html).toContain('Similar roles');
    expect(html).toContain('Avionics');
    expect(html).not.toContain('hologram');
    expect(html).toContain('after');
  });
});
