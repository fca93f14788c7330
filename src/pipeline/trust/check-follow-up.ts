import { findDisrespect } from './find-disrespect.ts';
import { findPrivateData } from './find-private-data.ts';
import type { TrustContext } from './trust-context.ts';
import type { TrustViolation } from './trust-violation.ts';

/**
 * The trust classifier on a suggested follow-up question: a question asserts no fact ("Any roles over
 * $150k?"), so only the Responsible-AI checks apply.
 */
export function checkFollowUp(question: string, context: TrustContext): TrustViolation | undefined {
  return findDisrespect(question) ?? findPrivateData(question, context);
}
