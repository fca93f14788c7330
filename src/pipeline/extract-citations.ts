import type { DossierItemKind } from '../prompts/dossier-item-kinds.ts';

export interface Citation {
  kind: DossierItemKind;
  id: string;
}

const CITATION = /\[(job|member|company|post|article|occupation|web):([^\]\s]+)\]/g;

/** The `[kind:id]` citations in an answer, first occurrence first, each once. */
export function extractCitations(text: string): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const [whole, kind, id] of text.matchAll(CITATION)) {
    if (seen.has(whole)) continue;
    seen.add(whole);
    citations.push({ kind: kind as DossierItemKind, id: id as string });
  }
  return citations;
}

/**
 * The text cut at its citations, in order: plain text as strings, each `[kind:id]` as a citation
 * (what a client needs to show citations as links).
 */
export function splitAtCitations(text: string): (string | Citation)[] {
  const pieces: (string | Citation)[] = [];
  let end = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > end) pieces.push(text.slice(end, match.index));
    pieces.push({ kind: match[1] as DossierItemKind, id: match[2] as string });
    end = match.index + match[0].length;
  }
  if (end < text.length) pieces.push(text.slice(end));
  return pieces;
}
