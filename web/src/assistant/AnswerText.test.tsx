import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnswerText } from './AnswerText.tsx';

describe('AnswerText', () => {
  it('shows citations as numbered source links, one number per source', () => {
    const html = renderToStaticMarkup(
      <AnswerText text="You know React [job:2234533717] [member:1249]. Add AWS [job:2234533717]; see [occupation:15-1252.00]." />,
    );
    expect(html).not.toContain('[job:');
    expect(html).toContain('href="/jobs/2234533717"');
    expect(html).toContain('href="/members/1249"');
    expect(html.match(/aria-label="source 1: job 2234533717">1</g)).toHaveLength(2);
    expect(html).toContain('aria-label="source 2: member 1249">2<');
    expect(html).toContain('title="source 3: occupation 15-1252.00">3</sup>');
    expect(html.startsWith('You know React ')).toBe(true);
  });

  it('leaves text without citations as it is', () => {
    expect(renderToStaticMarkup(<AnswerText text="No sources [here] or [kind: spaced]." />)).toBe(
      'No sources [here] or [kind: spaced].',
    );
  });
});
