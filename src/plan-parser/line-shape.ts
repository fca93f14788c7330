import { FUNCTION_CALL_START } from './parse-function-call.ts';
import { ARGS_KEYS, SKILL_KEYS } from './resolve-call.ts';

/** A tab counts as four columns: over-indenting is repairable later, under-indenting would split a call. */
const TAB_WIDTH = 4;
export const FENCE = /^\s*(?:```|~~~)/;
const MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?=\s|$)\s*/;
/** `key:`, `**key**:`, `**key:**`, `“key”:`, and `key:value` (not `scheme://`) */
const KEY = /^[*_`"'“‘]*([A-Za-z_][\w .-]*?)[*_`"'”’]*\s*:(?!\/\/)/;
/** an item that is only a skill's name, `**job_search**` or `` `job_search` ``, its arguments below */
const BARE_NAME = /^[*_`]*([A-Za-z_][\w.]*)[*_`]*:?\s*$/;
const CALL_KEYS = new Set([...SKILL_KEYS, ...ARGS_KEYS]);
export const PLAN_KEYS = new Set([
  'calls',
  'tool_calls',
  'toolcalls',
  'plan',
  'steps',
  'actions',
  'skills_to_call',
]);

/** The line with tabs in its indentation, or right after a list marker, turned into spaces (YAML forbids them). */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  return line.replace(/^[ \t]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?/, (lead) => {
    let out = '';
    for (const c of lead) out += c === '\t' ? ' '.repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : c;
    return out;
  });
}

/** Indentation in columns: the index where the content starts. */
export function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

/** A list marker (`- `, `* `, `1. `, `2) `, a bare `-`) at the start of content: its width with the spaces after it. */
export function listMarker(content: string): { width: number; markdown: boolean } | null {
  const match = MARKER.exec(content);
  if (!match) return null;
  return { width: match[0].length, markdown: !match[0].startsWith('-') };
}

/** The key of a `key: value` line, lower-cased and without markdown emphasis or quotes. */
export function keyOf(content: string): string | null {
  const match = KEY.exec(content);
  return match ? (match[1] as string).toLowerCase() : null;
}

/** Does this content (after any list marker) begin a call: a skill or args key, a skill name as key, a function call, a flow mapping? */
export function startsCall(content: string, skillNames: Pick<ReadonlySet<string>, 'has'>): boolean {
  if (content.startsWith('{')) return true;
  const bare = BARE_NAME.exec(content);
  if (bare && skillNames.has(bare[1] as string)) return true;
  const call = FUNCTION_CALL_START.exec(content);
  if (call) return skillNames.has(call[1] as string) || /\(\s*\)|\(\s*[A-Za-z_]\w*\s*=/.test(content);
  const key = keyOf(content);
  return key !== null && (CALL_KEYS.has(key) || skillNames.has(key));
}

/**
 * Open brackets and parentheses after scanning `text` from `from`, starting at `depth`. A quote opens a
 * string only where a token starts, so an apostrophe inside a plain word (O'Reilly) is just a letter.
 */
export function nestingAfter(text: string, from: number, depth: number): number {
  let quote: string | null = null;
  let previous = depth > 0 ? ',' : '';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if ((c === '"' || c === "'") && (previous === '' || '([{,:='.includes(previous))) quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) break;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    if (c !== ' ' && c !== '\t') previous = c;
  }
  return depth;
}

const CALL_NAME = /(?:\b(?:functions|tools)\.)?\b([A-Za-z_]\w*)\s*\(/g;

/**
 * Function calls written on one line, alone, several (`a(x=1); b(y=2)`) or inside prose
 * (``Call `get_job(job_id=1)` then ...``): each complete call's text and end index, and where a call
 * still open at the end of the line starts. Inside prose only known skills count; at the start of the
 * content any name does, so an unknown skill is reported rather than ignored.
 */
export function functionCallsIn(
  content: string,
  skillNames: Pick<ReadonlySet<string>, 'has'>,
): { calls: { text: string; end: number }[]; openFrom: number | null } {
  const calls: { text: string; end: number }[] = [];
  CALL_NAME.lastIndex = 0;
  for (let match = CALL_NAME.exec(content); match; match = CALL_NAME.exec(content)) {
    const atStart = /^[*`\s]*$/.test(content.slice(0, match.index));
    if (!atStart && !skillNames.has(match[1] as string)) continue;
    const close = closingParenthesis(content, match.index + match[0].length);
    if (close < 0) return { calls, openFrom: match.index };
    calls.push({ text: content.slice(match.index, close + 1), end: close + 1 });
    CALL_NAME.lastIndex = close + 1;
  }
  return { calls, openFrom: null };
}

/** Index of the `)` that closes a call whose arguments start at `from`, or -1 when the line ends first. */
function closingParenthesis(text: string, from: number): number {
  let depth = 1;
  let quote: string | null = null;
  let previous = '(';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if ((c === '"' || c === "'") && '([{,:='.includes(previous)) quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return c === ')' ? i : -1;
    if (c !== ' ') previous = c;
  }
  return -1;
}
