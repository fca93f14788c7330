import { citationOf } from '../../prompts/render-dossier.ts';
import { extractCitations } from '../extract-citations.ts';
import type { TrustContext } from './trust-context.ts';
import type { TrustViolation } from './trust-violation.ts';

/** A citation must point at an item the dossier holds (or the asking member): an invented id is a hallucination. */
export function findUngroundedCitation(sentence: string, context: TrustContext): TrustViolation | undefined {
  const invented = extractCitations(sentence)
    .map(citationOf)
    .filter((citation) => !context.citable.has(citation));
  if (invented.length === 0) return undefined;
  return { check: 'citation', detail: `cites ${invented.join(', ')}, which the dossier does not hold` };
}
