import { FOLLOW_UPS_HEADING } from '../prompts/render-answer-prompt.ts';

export interface FollowUpSplitter {
  /** The next answer delta; returns the part to show now (the follow-up section is held back). */
  push(delta: string): string;
  /** Ends the answer: returns the text still held back and the follow-up questions found. */
  end(): { text: string; followUps: string[] };
}

const HEADING = FOLLOW_UPS_HEADING.toLowerCase();
// Models dress the heading up: "**Follow-ups:**", "### Follow-ups:", "Follow-ups".
const decoration = /^[\s#*_>]*/;

function headingState(line: string): 'heading' | 'maybe' | 'no' {
  const bare = line
    .replace(decoration, '')
    .replace(/[*_\s]+$/, '')
    .toLowerCase();
  if (bare === HEADING || bare === HEADING.slice(0, -1)) return 'heading';
  return HEADING.startsWith(bare) ? 'maybe' : 'no';
}

/**
 * Streams the answer's prose through and keeps its follow-up section (after the answer prompt's
 * `Follow-ups:` line) out of the text, since the client shows follow-ups as chips. Only a line that
 * could still become the heading is held back, so prose is never delayed by more than that.
 */
export function createFollowUpSplitter(): FollowUpSplitter {
  let line = '';
  let inFollowUps = false;
  let section = '';
  const take = (delta: string): string => {
    if (inFollowUps) {
      section += delta;
      return '';
    }
    let shown = '';
    for (let i = 0; i < delta.length; i++) {
      if (inFollowUps) {
        section += delta.slice(i);
        break;
      }
      const char = delta[i] as string;
      line += char;
      if (char !== '\n') continue;
      if (headingState(line) === 'heading') inFollowUps = true;
      else shown += line;
      line = '';
    }
    if (!inFollowUps && headingState(line) === 'no') {
      shown += line;
      line = '';
    }
    return shown;
  };
  return {
    push: take,
    end() {
      let text = '';
      if (!inFollowUps && headingState(line) === 'heading') inFollowUps = true;
      else if (!inFollowUps) text = line;
      const followUps = section
        .split('\n')
        .map((l) => /^\s*(?:[-*•]|\d+[.)])\s+(.+?)\s*$/.exec(l)?.[1])
        .filter((q): q is string => Boolean(q));
      return { text: text.replace(/\s+$/, ''), followUps };
    },
  };
}
