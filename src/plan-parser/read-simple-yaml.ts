import { NumberLiteral } from './number-literal.ts';

const KEY_VALUE = /^([A-Za-z_][\w-]*):(?: (.*))?$/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** YAML 1.2 core schema numbers, as the `yaml` package resolves them (.inf and .nan left to it) */
const NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/** a plain scalar needs none of YAML's harder rules: no indicator first, no `: ` or ` #` inside */
const SAFE_PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#]|:(?=\S)|(?<=\S)#)*$/;

type Line = { indent: number; content: string };

/**
 * A fast path for the plain YAML most calls are written in: block mappings, block sequences of
 * scalars, one-line flow sequences of plain scalars, simply quoted strings. Returns what the `yaml`
 * package (core schema, numbers as NumberLiteral) would, or undefined as soon as the text steps
 * outside that subset, and the caller parses it with `yaml`. Not a YAML parser: a shortcut past one.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const content = raw.trimStart();
    if (content === '') continue;
    if (raw.includes('\t') || raw.includes('\r') || content.includes(' #') || content.startsWith('#'))
      return undefined;
    lines.push({ indent: raw.length - content.length, content: content.trimEnd() });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  const at = { index: 0 };
  const value = readMapping(lines, at, 0);
  return at.index === lines.length ? value : undefined;
}

function readMapping(
  lines: Line[],
  at: { index: number },
  indent: number,
): Record<string, unknown> | undefined {
  const mapping: Record<string, unknown> = {};
  while (at.index < lines.length) {
    const line = lines[at.index] as Line;
    if (line.indent < indent) break;
    if (line.indent > indent) return undefined;
    const match = KEY_VALUE.exec(line.content);
    if (!match) return undefined;
    const key = match[1] as string;
    // keys that resolve to something else (null, true, 1) or collide are left to `yaml`
    if (Object.hasOwn(mapping, key) || key === '__proto__' || readScalar(key) !== key) return undefined;
    at.index++;
    const rest = match[2]?.trim() ?? '';
    let value: unknown;
    if (rest !== '') value = readInlineValue(rest);
    else value = readBlock(lines, at, indent);
    if (value === undefined) return undefined;
    mapping[key] = value;
  }
  return mapping;
}

/** What follows `key:` on the next, deeper lines: a mapping, a sequence of scalars, or nothing (null). */
function readBlock(lines: Line[], at: { index: number }, parentIndent: number): unknown {
  const next = lines[at.index];
  if (!next || next.indent <= parentIndent) return next?.content.startsWith('- ') ? undefined : null;
  if (!next.content.startsWith('- ')) return readMapping(lines, at, next.indent);
  const items: unknown[] = [];
  while (at.index < lines.length) {
    const line = lines[at.index] as Line;
    if (line.indent < next.indent) break;
    if (line.indent > next.indent || !line.content.startsWith('- ')) return undefined;
    const item = readScalar(line.content.slice(2).trim());
    if (item === undefined) return undefined;
    items.push(item);
    at.index++;
  }
  return items;
}

function readInlineValue(text: string): unknown {
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text.startsWith('[')) {
    if (!text.endsWith(']') || /["'[\]{}]/.test(text.slice(1, -1))) return undefined;
    const items = text
      .slice(1, -1)
      .split(',')
      .map((item) => item.trim());
    if (items.some((item) => item === '')) return undefined;
    const values = items.map(readScalar);
    return values.includes(undefined) ? undefined : values;
  }
  return readScalar(text);
}

function readScalar(text: string): unknown {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text.at(-1) !== quote || inner.includes(quote) || inner.includes('\\'))
      return undefined;
    return inner;
  }
  if (!SAFE_PLAIN.test(text) || /^[-+]?\.(?:inf|nan)$/i.test(text)) return undefined;
  if (NULL.test(text)) return null;
  if (BOOLEAN.test(text)) return text[0] === 't' || text[0] === 'T';
  if (NUMBER.test(text)) return new NumberLiteral(Number(text), text);
  return text;
}
