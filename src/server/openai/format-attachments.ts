import type { Card } from '../../pipeline/turn-event.ts';

/**
 * Cards and follow-ups as plain text after the answer, for chat UIs that show only text:
 * a "Sources:" list (title, subtitle, link) and a "You could ask next:" list.
 */
export function formatAttachments(cards: readonly Card[], followUps: readonly string[]): string {
  const sections: string[] = [];
  if (cards.length > 0) {
    const lines = cards.map((card) => {
      const described = card.subtitle ? `${card.title} — ${card.subtitle}` : card.title;
      return `- [${card.kind}:${card.id}] ${described}${card.url ? ` (${card.url})` : ''}`;
    });
    sections.push(`Sources:\n${lines.join('\n')}`);
  }
  if (followUps.length > 0)
    sections.push(`You could ask next:\n${followUps.map((q) => `- ${q}`).join('\n')}`);
  return sections.length > 0 ? `\n\n${sections.join('\n\n')}` : '';
}
