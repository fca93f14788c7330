import {
  ASKING_MEMBER_PREFIX,
  DOSSIER_HEADING,
  EMPTY_DOSSIER_NOTE,
  type FencedItem,
  HISTORY_HEADING,
  QUESTION_HEADING,
  readFencedItems,
  readViewing,
  SKILLS_HEADING,
  withoutFencedItems,
} from '../prompts/prompt-markers.ts';

export interface HistoryLine {
  speaker: 'member' | 'assistant';
  text: string;
}

/** What the offline engine reads from a rendered planning or answer prompt. */
export interface OfflinePrompt {
  step: 'plan' | 'answer' | 'other';
  system: string;
  question: string;
  /** What the member views: the `Viewing:` reference and its fenced description, e.g. `job:3904388204 — Data Engineer at Acme`. */
  viewing?: string;
  memberId?: number;
  memberSummary?: string;
  history: HistoryLine[];
  /** Skill names listed in the planning prompt, in order. */
  allowedSkills: string[];
  dossier: FencedItem[];
  dossierEmpty: boolean;
  /** Lines of the dossier section outside the fences that report a failed or unavailable skill. */
  failures: string[];
}

const FAILURE = /\b(fail(ed|s|ure)?|unavailable|timed? ?out|error|could not)\b/i;

const FAILED_ITEM = /^(?:skill )?[\w-]+ (?:failed|is unavailable|was unavailable|timed out)\b|^error\b/i;

function readFailures(user: string): string[] {
  // Fences first: an item's own text may hold blank lines or the word "failed".
  const unfenced = withoutFencedItems(user);
  const at = unfenced.indexOf(`${DOSSIER_HEADING}\n`);
  if (at < 0) return [];
  const end = unfenced.indexOf('\n\n', at);
  // Past the heading and the dossier's two preamble lines.
  return unfenced
    .slice(at, end < 0 ? undefined : end)
    .split('\n')
    .slice(3)
    .filter((line) => FAILURE.test(line) && !line.startsWith(EMPTY_DOSSIER_NOTE));
}

function lineAfter(text: string, prefix: string): string | undefined {
  const lines = text.split('\n').filter((line) => line.startsWith(prefix));
  return lines.at(-1)?.slice(prefix.length).trim();
}

/** The lines of the block that starts at `heading` and ends at the first blank line. */
function block(text: string, heading: string): string[] {
  const at = text.indexOf(`${heading}\n`);
  if (at < 0) return [];
  const start = at + heading.length + 1;
  const end = text.indexOf('\n\n', start);
  return text.slice(start, end < 0 ? undefined : end).split('\n');
}

function readHistory(user: string): HistoryLine[] {
  return block(user, HISTORY_HEADING).flatMap((line): HistoryLine[] => {
    const match = /^(?:- )?(Member|Dossier(?: \([\w-]+\))?): (.*)$/.exec(line);
    if (!match) return [];
    return [{ speaker: match[1] === 'Member' ? 'member' : 'assistant', text: match[2] as string }];
  });
}

/**
 * Reads the parts of a prompt rendered by `src/prompts` (markers in `prompt-markers.ts`): the request
 * from the user message's end, skills from the system message, the dossier from its nonce fences.
 * The examples section repeats questions and dossier excerpts, so only the user message's own request
 * section and the real fences are read.
 */
export function readPrompt(prompt: { system: string; user: string }): OfflinePrompt {
  const { system, user } = prompt;
  const questionAt = user.lastIndexOf(`${QUESTION_HEADING}\n`);
  const question = questionAt < 0 ? user.trim() : user.slice(questionAt + QUESTION_HEADING.length + 1).trim();
  // The request section only: a `Viewing:` line inside a dossier item is data, not what the member views.
  const requestBreak = user.lastIndexOf('\n\n', questionAt);
  const request = questionAt < 0 ? '' : user.slice(requestBreak < 0 ? 0 : requestBreak + 2, questionAt);
  const member = lineAfter(request, ASKING_MEMBER_PREFIX);
  const memberMatch = member && /^\[member:(\d+)\](?::\s*(.*))?$/.exec(member);
  const allowedSkills = block(system, SKILLS_HEADING).flatMap((line) => {
    const name = /^([A-Za-z_][\w.-]*)\(/.exec(line)?.[1];
    return name ? [name] : [];
  });
  const hasDossier = user.startsWith(`${DOSSIER_HEADING}\n`) || user.includes(`\n${DOSSIER_HEADING}\n`);
  const step = system.includes(`${SKILLS_HEADING}\n`) ? 'plan' : hasDossier ? 'answer' : 'other';
  const fenced = hasDossier ? readFencedItems(user) : [];
  // A skill's failure may reach the dossier as an item of its own: it is news to tell, not a source.
  const dossier = fenced.filter((item) => !FAILED_ITEM.test(item.text));
  const failedItems = fenced
    .filter((item) => FAILED_ITEM.test(item.text))
    .map((item) => item.text.split('\n')[0] ?? '');
  return {
    step,
    system,
    question,
    viewing: readViewing(request),
    memberId: memberMatch ? Number(memberMatch[1]) : undefined,
    memberSummary: memberMatch ? memberMatch[2] : undefined,
    history: readHistory(user),
    allowedSkills,
    dossier,
    dossierEmpty: hasDossier && (dossier.length === 0 || user.includes(EMPTY_DOSSIER_NOTE)),
    failures: hasDossier ? [...failedItems, ...readFailures(user)] : [],
  };
}
