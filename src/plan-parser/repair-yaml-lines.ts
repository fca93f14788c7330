import { CallTextError } from './call-text-error.ts';
import type { Repair, RepairKind } from './types.ts';

/** indent, optional list marker, optional `key:` and the value after it */
const LINE = /^(\s*(?:-\s+)?)(?:([^\s#'"{}[\]][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$)(\s*))?(.*)$/s;
const EMPHASIS = /^(\s*(?:-\s+)?)(?:\*\*|__|`)([\w-]+)(?::(?:\*\*|__|`)|(?:\*\*|__|`)\s*:)/;
const MISSING_SPACE = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*):(?=[^\s:/])/;
const FLOW_MISSING_SPACE = /([{,]\s*)([A-Za-z_][\w-]*):(?=[^\s/])/;
const WRAPPED_VALUE = /^(?:\*\*|`)(.+?)(?:\*\*|`)$/s;
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\.)*"\s*(?:#.*)?$/s;
const SINGLE_QUOTED = /^'(?:[^']|'')*'\s*(?:#.*)?$/s;
const STARTS_STRUCTURED = /^[{[|>&*!]/;
const SLASH_COMMENT = /^((?:\[.*\]|\{.*\}|[-+\d.,]+|true|false|yes|no|null|[\w-]+))\s+\/\/.*$/is;

/**
 * Line-level repairs for a call's YAML that did not read as a valid call: markdown emphasis around
 * keys or values, a missing space after a key's colon, `//` comments, unquoted values holding `: `,
 * unterminated, mismatched or backslash-escaped quotes. Each kind applied is recorded once. A line
 * that runs two keys together (`query: data engineer limit: 5`) has two readings: CallTextError.
 */
export function repairYamlLines(text: string, argNames: ReadonlySet<string>, repairs: Repair[]): string {
  const applied = new Set<RepairKind>();
  const lines = text
    .split('\n')
    .filter((line) => {
      const comment = /^\s*\/\//.test(line);
      if (comment) applied.add('comment-stripped');
      return !comment;
    })
    .map((line) => repairLine(line, argNames, applied));
  for (const kind of applied) repairs.push({ kind });
  return lines.join('\n');
}

function repairLine(original: string, argNames: ReadonlySet<string>, applied: Set<RepairKind>): string {
  let line = original;
  if (EMPHASIS.test(line)) {
    line = line.replace(EMPHASIS, '$1$2:');
    applied.add('markdown-emphasis');
  }
  if (MISSING_SPACE.test(line)) {
    line = line.replace(MISSING_SPACE, '$1: ');
    applied.add('colon-space');
  }
  const parts = LINE.exec(line);
  if (!parts) return line;
  const [, lead = '', key, gap = '', rawValue = ''] = parts;
  const prefix = key === undefined ? lead : `${lead}${key}:${gap || ' '}`;
  let value = rawValue.trimEnd();
  if (value === '' || (key === undefined && lead === '')) return line;
  const comment = SLASH_COMMENT.exec(value);
  if (comment) {
    applied.add('comment-stripped');
    value = comment[1] as string;
    line = prefix + value;
  }
  const wrapped = WRAPPED_VALUE.exec(value);
  if (wrapped) {
    applied.add('markdown-emphasis');
    return prefix + wrapped[1];
  }
  if (/^[{[]/.test(value)) return prefix + repairFlow(value, applied);
  if (/^["']/.test(value)) return prefix + repairQuoted(value, applied);
  if (key !== undefined && !STARTS_STRUCTURED.test(value) && /:\s/.test(value)) {
    const runOn = /\s([A-Za-z_][\w-]*):\s/.exec(value);
    if (runOn && argNames.has(runOn[1] as string)) {
      throw new CallTextError('ambiguous', `'${key}: ${value}' reads as one value or as two keys`);
    }
    applied.add('unquoted-colon');
    return prefix + JSON.stringify(value.replace(/\s+#.*$/s, ''));
  }
  return line;
}

/** A quoted scalar that YAML rejects: unterminated, closed with the other quote, or with `\'` inside. */
function repairQuoted(value: string, applied: Set<RepairKind>): string {
  if (value.startsWith('"') ? DOUBLE_QUOTED.test(value) : SINGLE_QUOTED.test(value)) return value;
  applied.add('unterminated-quote');
  const inner = value.slice(1, /^.+["']$/s.test(value) ? -1 : undefined);
  return JSON.stringify(inner.replaceAll("\\'", "'").replaceAll('\\"', '"'));
}

/** A flow collection with keys glued to values (`{query:x}`) or a string missing its closing quote. */
function repairFlow(value: string, applied: Set<RepairKind>): string {
  let flow = value;
  if (FLOW_MISSING_SPACE.test(flow)) {
    applied.add('colon-space');
    flow = flow.replace(new RegExp(FLOW_MISSING_SPACE, 'g'), '$1$2: ');
  }
  if ((flow.match(/(?<!\\)"/g) ?? []).length % 2 === 1) {
    applied.add('unterminated-quote');
    flow = flow.replace(/([\]}\s]*)$/, '"$1');
  }
  return flow;
}

/**
 * Re-indents a call's YAML by structure rather than by column, for models that misalign nested keys:
 * a deeper line only opens a level after a line that opens one (`key:` or a bare `-`); a line between
 * two levels joins the deeper one when both are list items, else the enclosing one. Every level
 * becomes two spaces.
 */
export function normalizeIndentation(text: string): string {
  const levels: { indent: number; item: boolean }[] = [{ indent: 0, item: false }];
  let opensLevel = false;
  return text
    .split('\n')
    .map((line) => {
      const content = line.trimStart();
      if (content === '' || content.startsWith('#')) return line;
      const indent = line.length - content.length;
      const item = content.startsWith('- ');
      let popped: { indent: number; item: boolean } | undefined;
      while (levels.length > 1 && indent < (levels.at(-1) as { indent: number }).indent)
        popped = levels.pop();
      const top = levels.at(-1) as { indent: number; item: boolean };
      if (indent > top.indent) {
        if (popped?.item && item) levels.push(popped);
        else if (opensLevel) levels.push({ indent, item });
      } else if (indent === top.indent) top.item ||= item;
      opensLevel = /:\s*$/.test(content) || /^-\s*$/.test(content);
      return '  '.repeat(levels.length - 1) + content;
    })
    .join('\n');
}
