import { FUNCTION_CALL_START } from './parse-function-call.ts';
import { ARGS_KEYS, SKILL_KEYS } from './resolve-call.ts';

/** A tab counts as four columns: over-indenting is repairable later, under-indenting would split a call. */
const TAB_WIDTH = 4;
export const FENCE = /^\s*(?:```|~~~)/;
const MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?=\s|$)\s*/;
const KEY = /^[*_`"']*([A-Za-z_][\w .-]*?)[*_`"']*\s*:(?:\s|$)/;
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
export function startsCall(content: string, skillNames: ReadonlySet<string>): boolean {
  if (content.startsWith('{')) return true;
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
