import { checkSentence } from './check-sentence.ts';
import type { TrustContext } from './trust-context.ts';
import type { TrustViolation } from './trust-violation.ts';

/** What the filter lets through, in order: text to show, or a sentence kept back. */
export type TrustOutput =
  | { type: 'text'; text: string }
  /** A sentence failed a check before any of it was shown: it is never sent. */
  | { type: 'withheld'; violation: TrustViolation }
  /** A sentence failed after part of it was shown: everything shown from `fromChar` on is withdrawn. */
  | { type: 'retracted'; fromChar: number; violation: TrustViolation };

export interface TrustFilter {
  /** The next answer delta; returns what can be shown (or withdrawn) now. */
  push(delta: string): TrustOutput[];
  /** Ends the answer: the last, unterminated sentence is checked and let through or kept back. */
  end(): TrustOutput[];
}

/**
 * Text of the open sentence held longer than this is shown, up to its last complete word, before the
 * sentence ends. In time rather than characters, so the wait a member sees is bounded whatever the
 * model's speed: a fast model's sentences end within it and are checked whole (withheld if they fail);
 * a slow model's are shown early and retracted if they fail late. At 20 ms between tokens it keeps
 * the p95 wait to about 8 tokens (`npm run bench -- trust`).
 */
export const DEFAULT_MAX_HOLD_MS = 150;

const TERMINATOR = /[.!?]/;
const CLOSER = /["'”’)\]*_]/;

/** Where the sentence that contains `text[i]` (a whitespace) ends, if it does: after a terminator, or at a newline. */
function endsSentence(text: string, i: number): boolean {
  const char = text[i] as string;
  if (char === '\n') return true;
  if (!/\s/.test(char)) return false;
  let j = i - 1;
  while (j >= 0 && CLOSER.test(text[j] as string)) j--;
  return j >= 0 && TERMINATOR.test(text[j] as string);
}

/**
 * The trust classifier, incremental: answer text is let through sentence by sentence as each sentence
 * ends and passes `checkSentence`; only the open sentence is held back. Text of it held for
 * `maxHoldMs` is shown up to its last complete word once that prefix passes too, and the sentence is
 * checked again when it ends; if it then fails, it is retracted from where it started. Offsets count
 * characters shown (UTF-16 units).
 */
export function createTrustFilter(
  context: TrustContext,
  options: { maxHoldMs?: number; now?: () => number } = {},
): TrustFilter {
  const maxHoldMs = options.maxHoldMs ?? DEFAULT_MAX_HOLD_MS;
  const now = options.now ?? (() => performance.now());
  /** When the oldest text of the open sentence not yet shown arrived. */
  let heldSince: number | undefined;
  /** Characters shown so far. */
  let shown = 0;
  /** The open sentence: its text, where it starts in the shown text, how much of it is shown. */
  let open = '';
  let openStart = 0;
  let openShown = 0;
  /** The open sentence already failed on a prefix: the rest of it is dropped too. */
  let openFailed = false;

  const show = (out: TrustOutput[], text: string) => {
    if (!text) return;
    out.push({ type: 'text', text });
    shown += text.length;
    openShown += text.length;
  };

  const reject = (out: TrustOutput[], violation: TrustViolation) => {
    if (openShown > 0) {
      out.push({ type: 'retracted', fromChar: openStart, violation });
      shown = openStart;
    } else out.push({ type: 'withheld', violation });
    openShown = 0;
    openFailed = true;
  };

  /** Settles the open sentence (complete now) and starts the next one. */
  const close = (out: TrustOutput[]) => {
    if (!openFailed) {
      const violation = open.trim() ? checkSentence(open, context) : undefined;
      if (violation) reject(out, violation);
      else show(out, open.slice(openShown));
    }
    // A dropped line keeps its line break, so the text around it keeps its layout.
    if (openFailed && open.endsWith('\n')) show(out, '\n');
    open = '';
    openStart = shown;
    openShown = 0;
    openFailed = false;
    heldSince = undefined;
  };

  /** An open sentence held too long: show its checked complete words now rather than wait for its end. */
  const release = (out: TrustOutput[], arrived: number) => {
    if (openFailed || open.length === openShown) {
      heldSince = undefined;
      return;
    }
    heldSince ??= arrived;
    if (arrived - heldSince < maxHoldMs) return;
    const lastSpace = open.search(/\s\S*$/);
    if (lastSpace + 1 <= openShown) return;
    const prefix = open.slice(0, lastSpace + 1);
    // Inside quoted wording a figure is an illustration (see findUngroundedFact): wait for the quote to close.
    if ((prefix.match(/"/g)?.length ?? 0) % 2 === 1 || /“[^”]*$/.test(prefix)) return;
    const violation = checkSentence(prefix, context);
    if (violation) reject(out, violation);
    else show(out, prefix.slice(openShown));
    heldSince = open.length > openShown && !openFailed ? arrived : undefined;
  };

  return {
    push(delta) {
      const arrived = now();
      const out: TrustOutput[] = [];
      for (const char of delta) {
        open += char;
        if (endsSentence(open, open.length - 1)) close(out);
      }
      release(out, arrived);
      return out;
    },
    end() {
      const out: TrustOutput[] = [];
      close(out);
      return out;
    },
  };
}
