import type { DossierItemKind } from '../prompts/render-dossier.ts';

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
