import { createHash } from 'node:crypto';

/** A short hash naming generated text (skills list, format rules, examples): the version of data, not of a template. */
export function contentVersion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
