/** The trust classifier's checks: grounding (citations, facts) and Responsible AI (respect, privacy). */
export const TRUST_CHECKS = ['citation', 'grounding', 'respect', 'private_data'] as const;
export type TrustCheck = (typeof TRUST_CHECKS)[number];

/** Why a sentence was kept from the member. `detail` is for operators and never repeats the offending text. */
export interface TrustViolation {
  check: TrustCheck;
  detail: string;
}

/** What the member reads at the end of an answer for each kind of sentence left out. */
export const MEMBER_NOTES: Record<TrustCheck, string> = {
  citation: 'cited a source I had not retrieved',
  grounding: 'stated a fact I could not find in my sources',
  respect: 'was not respectful',
  private_data: "contained someone's private contact details",
};
