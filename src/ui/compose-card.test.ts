import { describe, expect, it } from 'vitest';
import { composeCard } from './compose-card.ts';
import { uiDocumentSchema } from './ui-node.ts';

describe('composeCard', () => {
  it('composes a job as a card of primitives that opens the job and links to the posting', () => {
    const ui = composeCard({
      kind: 'job',
      id: '3803052628',
      title: 'Flight Software Engineer',
      subtitle: 'Intuitive Machines, Webster, TX',
      url: 'https://www.linkedin.com/jobs/view/3803052628/',
    });
    expect(uiDocumentSchema.parse(ui)).toEqual(ui);
    expect(ui.root).toEqual({
      type: 'card',
      kind: 'job',
      action: { type: 'open_item', kind: 'job', id: '3803052628' },
      children: [
        { type: 'chip', text: 'Job' },
        { type: 'heading', level: 3, text: 'Flight Software Engineer' },
        { type: 'text', text: 'Intuitive Machines, Webster, TX', tone: 'muted' },
        {
          type: 'link',
          text: 'View on www.linkedin.com',
          href: 'https://www.linkedin.com/jobs/view/3803052628/',
        },
      ],
    });
  });

  it('leaves out a missing subtitle and anything but a web address', () => {
    for (const url of [null, 'javascript:alert(1)', '/jobs/1', 'not a url']) {
      const ui = composeCard({ kind: 'member', id: '7', title: 'Ada Lovelace', subtitle: '', url });
      expect(uiDocumentSchema.safeParse(ui).success).toBe(true);
      expect(ui.root.type === 'card' && ui.root.children.map((child) => child.type)).toEqual([
        'chip',
        'heading',
      ]);
    }
  });
});
