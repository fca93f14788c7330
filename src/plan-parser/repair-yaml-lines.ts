import type { Repair, RepairKind } from './types.ts';

/** indent, optional list marker, optional `key:` and the value after it */
const LINE = /^(\s*(?:-\s+)?)(?:([^\s#'"{}[\]][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$)(\s*))?(.*)$/;
const EMPHASIS = /^(\s*(?:-\s+)?)(?:\*\*|__|`)([\w-]+)(?:\*\*|__|`)\s*:/;
const MISSING_SPACE = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*):(?=[^\s:/])/;
const WRAPPED_VALUE = /^(?:\*\*|`)(.+?)(?:\*\*|`)$/;
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\.)*"\s*(?:#.*)?$/;
const SINGLE_QUOTED = /^'(?:[^']|'')*'\s*(?:#.*)?$/;
const STARTS_STRUCTURED = /^[{[|>&*!]/;

/**
 * Line-level repairs for a call's YAML that failed to parse: markdown emphasis around keys or values,
 * a missing space after a key's colon, unquoted values holding `: `, unterminated or badly nested
 * quotes. Only lines that need it change; each kind applied is recorded once.
 */
export function repairYamlLines(text: string, repairs: Repair[]): string {
  const applied = new Set<RepairKind>();
  const lines = text.split('\n').map((line) => repairLine(line, applied));
  for (const kind of applied) repairs.push({ kind });
  return lines.join('\n');
}

function repairLine(original: string, applied: Set<RepairKind>): string {
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
  const value = rawValue.trimEnd();
  if (value === '' || (key === undefined && lead === '')) return line;
  const wrapped = WRAPPED_VALUE.exec(value);
  if (wrapped) {
    applied.add('markdown-emphasis');
    return prefix + wrapped[1];
  }
  if (value.startsWith('"') && !DOUBLE_QUOTED.test(value)) {
    applied.add('unterminated-quote');
    return prefix + JSON.stringify(value.slice(1, value.length > 1 && value.endsWith('"') ? -1 : undefined));
  }
  if (value.startsWith("'") && !SINGLE_QUOTED.test(value)) {
    applied.add('unterminated-quote');
    return prefix + JSON.stringify(value.slice(1, value.length > 1 && value.endsWith("'") ? -1 : undefined));
  }
  if (key !== undefined && !STARTS_STRUCTURED.test(value) && !/^["']/.test(value) && /:\s/.test(value)) {
    applied.add('unquoted-colon');
    return prefix + JSON.stringify(value.replace(/\s+#.*$/, ''));
  }
  return line;
}

/**
 * Re-indents a call's YAML by structure rather than by column, for models that misalign nested keys:
 * a deeper line only opens a level after a line that opens one (`key:` or a bare `-`), and a line
 * between two levels joins the nearer enclosing level. Every level becomes two spaces.
 */
export function normalizeIndentation(text: string): string {
  const levels: number[] = [0];
  let opensLevel = false;
  return text
    .split('\n')
    .map((line) => {
      const content = line.trimStart();
      if (content === '' || content.startsWith('#')) return line;
      const indent = line.length - content.length;
      while (levels.length > 1 && indent < (levels.at(-1) as number)) levels.pop();
      if (indent > (levels.at(-1) as number) && opensLevel) levels.push(indent);
      opensLevel = /:\s*$/.test(content) || /^-\s*$/.test(content);
      const depth = levels.length - 1;
      return '  '.repeat(depth) + content;
    })
    .join('\n');
}
