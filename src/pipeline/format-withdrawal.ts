const QUOTED_WORDS = 6;

/**
 * A plain-text notice for output that cannot take text back (an OpenAI-style stream, a terminal)
 * when the trust classifier withdraws text already written: where the withdrawn text starts, by its
 * first words, and why. Quoting is safe: text is shown early only once its words have passed the
 * checks; the sentence fails on what came after them.
 */
export function formatWithdrawal(withdrawn: string, reason: string): string {
  const words = withdrawn.trim().split(/\s+/);
  const quote = words.slice(0, QUOTED_WORDS).join(' ') + (words.length > QUOTED_WORDS ? ' …' : '');
  return `\n\n[Withdrawn: disregard the text above from “${quote}” on (${reason}).]\n\n`;
}
