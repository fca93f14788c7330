import { findDisrespect } from './find-disrespect.ts';
import { findPrivateData } from './find-private-data.ts';
import { findUngroundedCitation } from './find-ungrounded-citation.ts';
import { findUngroundedFact } from './find-ungrounded-fact.ts';
import type { TrustContext } from './trust-context.ts';
import type { TrustViolation } from './trust-violation.ts';

/** The trust classifier on one sentence: Responsible-AI checks first (they matter most), then grounding. */
export function checkSentence(sentence: string, context: TrustContext): TrustViolation | undefined {
  return (
    findDisrespect(sentence) ??
    findPrivateData(sentence, context) ??
    findUngroundedCitation(sentence, context) ??
    findUngroundedFact(sentence, context)
  );
}
