import { readFigures } from './read-figures.ts';
import type { TrustContext } from './trust-context.ts';
import type { TrustViolation } from './trust-violation.ts';

/** Unmarked numbers below this are counts and ordinals ("3 jobs", "5 years"), not facts to look up. */
const SMALL_NUMBER = 100;
/** A figure matches a source figure within this fraction: "$123k" for 123,456 is a rounding, not an invention. */
const TOLERANCE = 0.01;
// An employer named after "at", "joining", "works for"…: capitalised words (with & . ' -), "of"/"and" between them.
const EMPLOYER =
  /\b(?:[Aa]t|[Jj]oin(?:ing|ed)?|(?:[Ww]orks?|[Ww]orked|[Ww]orking) for|[Hh]ired by|[Ee]mployed by)\s+((?:[A-Z][\w&.'-]*)(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.'-]*)*)/g;
const CITATION = /\[[a-z]+:[^\]\s]+\]/g;
// Wording offered to the member ("say: \"I was expecting around $135,000\"") is an illustration, not a claim.
const QUOTED = /"[^"]*"|“[^”]*”/g;
// Sizes of text and time in advice ("under 120 characters") are not facts to look up.
const NOT_A_FACT_UNIT = /^\s*(?:characters|words|lines|pages|seconds|minutes|hours|days|weeks)\b/i;

function hasNear(sorted: readonly number[], value: number): boolean {
  const low = value * (1 - TOLERANCE);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < low) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) <= value * (1 + TOLERANCE);
}

/**
 * Deterministic grounding: a concrete figure (money, a percentage, any number from 100 up) or an
 * employer's name in the sentence must appear in what the model was shown. Counts, sizes of text and
 * time, and figures inside quoted wording pass; citations, respect and privacy still see quotes.
 */
export function findUngroundedFact(sentence: string, context: TrustContext): TrustViolation | undefined {
  const text = sentence.replace(CITATION, ' ');
  for (const figure of readFigures(text.replace(QUOTED, ' '))) {
    if (!figure.marked && (figure.value < SMALL_NUMBER || NOT_A_FACT_UNIT.test(figure.after))) continue;
    if (figure.value === 100 && figure.percent) continue; // "100% remote" is a manner of speaking
    if (!hasNear(context.sourceFigures, figure.value))
      return { check: 'grounding', detail: `the figure ${figure.value} appears in no source` };
  }
  for (const [, name] of text.matchAll(EMPLOYER)) {
    // "Acme's office", "Austin-based Acme": the name is what the sources would hold.
    const bare = ((name as string).split(/'s\b/)[0] as string)
      .replace(/^[\w.'&]+-based\s+/, '')
      .replace(/[.'-]+$/, '');
    if (!context.sourceText.includes(bare.toLowerCase()))
      return { check: 'grounding', detail: `the organisation "${bare}" appears in no source` };
  }
  return undefined;
}
