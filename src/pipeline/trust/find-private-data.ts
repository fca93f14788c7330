import type { TrustContext } from './trust-context.ts';
import type { TrustViolation } from './trust-violation.ts';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Separators are required: ten bare digits are a job id, not a phone number.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g;

/** Email addresses and phone numbers in the text, normalised (lower-case email, digits of a phone). */
export function findContactDetails(text: string): string[] {
  return [
    ...[...text.matchAll(EMAIL)].map(([email]) => email.toLowerCase()),
    ...[...text.matchAll(PHONE)].map(([phone]) => phone.replace(/\D/g, '').slice(-10)),
  ];
}

/** Contact details that are not the asking member's own: another member's private data never reaches the client. */
export function findPrivateData(sentence: string, context: TrustContext): TrustViolation | undefined {
  const foreign = findContactDetails(sentence).filter((contact) => !context.ownContacts.has(contact));
  if (foreign.length === 0) return undefined;
  return {
    check: 'private_data',
    detail: `${foreign.length} email address(es) or phone number(s) not from the member's own profile`,
  };
}
