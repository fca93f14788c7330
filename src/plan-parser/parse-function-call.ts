import { CallTextError } from './call-text-error.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import type { Repair } from './types.ts';

/** `job_search(`, `functions.job_search (`, `**job_search**(` */
export const FUNCTION_CALL_START = /^[*`]*(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)[*`]*\s*\(/;

/**
 * Reads a function-call line, `job_search(query="x", limit=5)`, as `{skill, args}`. Keyword arguments
 * become an object; positional ones an array, which the caller maps only when that is unambiguous.
 */
export function parseFunctionCall(text: string, repairs: Repair[]): { skill: string; args: unknown } {
  const trimmed = text.trim();
  const start = FUNCTION_CALL_START.exec(trimmed);
  if (!start) throw new CallTextError('malformed', 'not a function call');
  const close = trimmed.lastIndexOf(')');
  if (close < start[0].length - 1) throw new CallTextError('malformed', 'truncated function call');
  repairs.push({ kind: 'function-call' });
  const inner = trimmed.slice(start[0].length, close).trim();
  const skill = start[1] as string;
  if (inner === '') return { skill, args: {} };
  const scratch: Repair[] = [];
  try {
    const args = parseLooseJson(`{${inner}}`, scratch);
    repairs.push(...scratch.filter((r) => r.kind !== 'json-unquoted-keys'));
    return { skill, args };
  } catch (error) {
    if (error instanceof CallTextError && error.reason === 'ambiguous') throw error;
    return { skill, args: parseLooseJson(`[${inner}]`, repairs) };
  }
}
