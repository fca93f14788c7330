import { describe, expect, it } from 'vitest';
import { formatAttachments } from './format-attachments.ts';

describe('formatAttachments', () => {
  it('lists sources with their links, then follow-ups', () => {
    expect(
      formatAttachments(
        [
          {
            kind: 'job',
            id: '1',
            title: 'Data Engineer',
            subtitle: 'Acme, Austin',
            url: 'https://example.com/jobs/1',
          },
          { kind: 'member', id: '7', title: 'Ada Lovelace', subtitle: '', url: null },
        ],
        ['Show me remote jobs'],
      ),
    ).toBe(
      '\n\nSources:\n- [job:1] Data Engineer — Acme, Austin (https://example.com/jobs/1)\n- [member:7] Ada Lovelace\n\nYou could ask next:\n- Show me remote jobs',
    );
  });

  it('adds nothing when there is nothing to add', () => {
    expect(formatAttachments([], [])).toBe('');
    expect(formatAttachments([], ['Why?'])).toBe('\n\nYou could ask next:\n- Why?');
  });
});
