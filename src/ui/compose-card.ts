import type { Card } from '../pipeline/turn-event.ts';
import { UI_SCHEMA_VERSION, type UiDocument, type UiNode } from './ui-node.ts';

const KIND_LABELS: Record<Card['kind'], string> = {
  job: 'Job',
  member: 'Person',
  company: 'Company',
  post: 'Post',
  article: 'Article',
};

/** Only absolute web addresses become links; anything else stays out of the tree. */
function webAddress(url: string | null): URL | undefined {
  if (!url) return undefined;
  const parsed = URL.parse(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed : undefined;
}

/**
 * A cited entity as a card of primitives: its kind as a chip, the title, the subtitle, and a link to
 * the original when there is one; opening the card opens the item in the app.
 */
export function composeCard(card: Card): UiDocument {
  const url = webAddress(card.url);
  const children: UiNode[] = [
    { type: 'chip', text: KIND_LABELS[card.kind] },
    { type: 'heading', level: 3, text: card.title },
  ];
  if (card.subtitle) children.push({ type: 'text', text: card.subtitle, tone: 'muted' });
  if (url) children.push({ type: 'link', text: `View on ${url.hostname}`, href: url.href });
  return {
    version: UI_SCHEMA_VERSION,
    root: {
      type: 'card',
      kind: card.kind,
      action: { type: 'open_item', kind: card.kind, id: card.id },
      children,
    },
  };
}
