import { describe, expect, it } from 'vitest';
import { composeFollowUps } from './compose-follow-ups.ts';
import { uiDocumentSchema } from './ui-node.ts';

describe('composeFollowUps', () => {
  it('makes one button per question that sends it', () => {
    const ui = composeFollowUps(['Show me remote jobs', 'What do data engineers earn?']);
    expect(uiDocumentSchema.parse(ui)).toEqual(ui);
    expect(ui.root.type === 'row' && ui.root.children).toEqual([
      {
        type: 'button',
        text: 'Show me remote jobs',
        variant: 'secondary',
        action: { type: 'send_message', text: 'Show me remote jobs' },
      },
      {
        type: 'button',
        text: 'What do data engineers earn?',
        variant: 'secondary',
        action: { type: 'send_message', text: 'What do data engineers earn?' },
      },
    ]);
  });
});
