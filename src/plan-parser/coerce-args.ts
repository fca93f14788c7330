import { CallTextError } from './call-text-error.ts';
import { NumberLiteral } from './number-literal.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import type { ArgSchema, Repair } from './types.ts';

const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const YAML_INTEGER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+)$/;
const THOUSANDS_COMMA = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** "1.000" or "12.500.000": thousands with dots (or a decimal with exactly three places). */
const THOUSANDS_DOT = /^[-+]?\d{1,3}(?:\.\d{3})+$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);
const NULL_WORDS = new Set(['none', 'null', 'nil', '~', 'undefined']);
const SMART_QUOTED = /^[“”‘’](.*)[“”‘’]$/s;

type Coerced = { value: unknown } | { omit: true };

/** `// note` after a number, boolean or enum value is a comment (a `#` glued to a word stays content, as in YAML). */
function withoutComment(text: string, path: string, repairs: Repair[]): string {
  const comment = /\s+\/\/.*$/s.exec(text);
  if (!comment) return text;
  repairs.push({ kind: 'comment-stripped', detail: path });
  return text.slice(0, comment.index);
}

/** Lower-case with spaces, hyphens and underscores removed: how enum values and argument names are matched. */
export function looseName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Coerces one object of arguments to its schema: renames loosely-matched keys, drops unknown ones,
 * omits nulls for optional fields, and converts values where exactly one reading is plausible. Throws
 * CallTextError with the rejection reason otherwise. `path` names the object in repair details.
 */
export function coerceArgs(
  schema: ArgSchema,
  raw: unknown,
  path: string,
  repairs: Repair[],
): Record<string, unknown> {
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw === 'string' && /^\s*\{/.test(raw)) {
    repairs.push({ kind: 'double-encoded', detail: path });
    raw = parseLooseJson(raw, repairs);
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof NumberLiteral) {
    throw new CallTextError('type-mismatch', `${path} is not an object`);
  }
  const properties = schema.properties ?? {};
  const byLooseName = new Map(Object.keys(properties).map((name) => [looseName(name), name]));
  const args: Record<string, unknown> = {};
  const given = new Set<string>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const cleanKey = key.replace(/^[\s"'`*“‘]+|[\s"'`*”’]+$/g, '');
    const name = Object.hasOwn(properties, cleanKey) ? cleanKey : byLooseName.get(looseName(cleanKey));
    if (name === undefined) {
      repairs.push({ kind: 'unknown-arg-dropped', detail: `${path}.${key}` });
      continue;
    }
    if (given.has(name)) throw new CallTextError('ambiguous', `${path}.${name} given twice`);
    given.add(name);
    const coerced = coerceValue(properties[name] as ArgSchema, value, `${path}.${name}`, repairs);
    if ('value' in coerced) args[name] = coerced.value;
  }
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(args, name))
      throw new CallTextError('missing-required', `${path}.${name} is required`);
  }
  return args;
}

function isNullish(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && NULL_WORDS.has(value.trim().toLowerCase()))
  );
}

/** A string as the model meant it: smart quotes around it removed. */
function cleanString(value: string, path: string, repairs: Repair[]): string {
  const smart = SMART_QUOTED.exec(value);
  if (!smart) return value;
  repairs.push({ kind: 'smart-quotes', detail: path });
  return smart[1] as string;
}

function coerceValue(schema: ArgSchema, value: unknown, path: string, repairs: Repair[]): Coerced {
  if (isNullish(value)) {
    repairs.push({ kind: 'null-omitted', detail: path });
    return { omit: true };
  }
  if (schema.type !== 'array' && Array.isArray(value)) {
    if (value.length > 1)
      throw new CallTextError('ambiguous', `${path}: ${value.length} values where one belongs`);
    if (value.length === 0)
      throw new CallTextError('type-mismatch', `${path}: an empty list where a value belongs`);
    repairs.push({ kind: 'coerced-array', detail: `${path}: one-element list unwrapped` });
    return coerceValue(schema, value[0], path, repairs);
  }
  switch (schema.type) {
    case 'string':
      return { value: coerceString(schema, value, path, repairs) };
    case 'integer':
    case 'number':
      return { value: coerceNumber(schema, value, path, repairs) };
    case 'boolean':
      return { value: coerceBoolean(value, path, repairs) };
    case 'array':
      return { value: coerceArray(schema, value, path, repairs) };
    case 'object':
      return { value: coerceArgs(schema, value, path, repairs) };
  }
}

function coerceString(schema: ArgSchema, value: unknown, path: string, repairs: Repair[]): string {
  let text: string;
  if (typeof value === 'string') text = cleanString(value, path, repairs);
  else if (value instanceof NumberLiteral || typeof value === 'boolean') {
    text = value instanceof NumberLiteral ? value.source : String(value);
    repairs.push({ kind: 'coerced-string', detail: path });
  } else throw new CallTextError('type-mismatch', `${path} should be a string`);
  return schema.enum
    ? matchEnum(schema.enum, withoutComment(text, path, repairs).trim(), path, repairs)
    : text;
}

function matchEnum(allowed: string[], text: string, path: string, repairs: Repair[]): string {
  if (allowed.includes(text)) return text;
  const wanted = looseName(text);
  const matches = allowed.filter((option) => looseName(option) === wanted);
  if (matches.length === 1) {
    repairs.push({ kind: 'enum-normalized', detail: `${path}: ${text} → ${matches[0]}` });
    return matches[0] as string;
  }
  const mentioned = allowed.filter((option) => wanted.includes(looseName(option)));
  if (matches.length > 1 || mentioned.length > 1) {
    throw new CallTextError(
      'ambiguous',
      `${path}: '${text}' matches ${[...matches, ...mentioned].join(', ')}`,
    );
  }
  throw new CallTextError('enum-mismatch', `${path}: '${text}' is not one of ${allowed.join(', ')}`);
}

/**
 * Reads a number written as text: "5", "1,000", "$120,000", "50%", "5 # max"; anything with two readings
 * throws. "1.000" is a decimal where decimals are expected, and ambiguous where an integer is.
 */
function numberFromText(raw: string, integer: boolean, path: string, repairs: Repair[]): number {
  let text = withoutComment(raw.trim(), path, repairs)
    .trim()
    .replace(/^\$\s*/, '')
    .replace(/\s*%$/, '');
  if (integer && THOUSANDS_DOT.test(text))
    throw new CallTextError('ambiguous', `${path}: '${raw}' could be a decimal or thousands`);
  if (THOUSANDS_COMMA.test(text)) text = text.replaceAll(',', '');
  if (DECIMAL.test(text)) return Number(text);
  if (YAML_INTEGER.test(text)) return Number(text);
  if (/^[-+]?\d+(?:[.,]\d+)+$/.test(text)) {
    throw new CallTextError(
      'ambiguous',
      `${path}: '${raw}' is not a plain number nor thousands in groups of three`,
    );
  }
  if ((text.match(/\d+(?:[.,]\d+)*/g) ?? []).length > 1) {
    throw new CallTextError('ambiguous', `${path}: '${raw}' holds more than one number`);
  }
  throw new CallTextError('type-mismatch', `${path}: '${raw}' is not a number`);
}

function coerceNumber(schema: ArgSchema, value: unknown, path: string, repairs: Repair[]): number {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (value instanceof NumberLiteral) {
    if (schema.type === 'integer' && THOUSANDS_DOT.test(value.source)) {
      throw new CallTextError(
        'ambiguous',
        `${path}: ${value.source} could be ${value.value} or a thousands figure`,
      );
    }
    number = value.value;
  } else if (typeof value === 'string') {
    number = numberFromText(cleanString(value, path, repairs), schema.type === 'integer', path, repairs);
    repairs.push({ kind: 'coerced-number', detail: path });
  } else throw new CallTextError('type-mismatch', `${path} should be a number`);
  if (!Number.isFinite(number)) throw new CallTextError('type-mismatch', `${path}: ${number} is not finite`);
  if (schema.type === 'integer' && !Number.isInteger(number)) {
    throw new CallTextError('type-mismatch', `${path}: ${number} is not an integer`);
  }
  if (
    (schema.minimum !== undefined && number < schema.minimum) ||
    (schema.maximum !== undefined && number > schema.maximum)
  ) {
    throw new CallTextError(
      'out-of-bounds',
      `${path}: ${number} is outside [${schema.minimum ?? '-∞'}, ${schema.maximum ?? '∞'}]`,
    );
  }
  return number;
}

function coerceBoolean(value: unknown, path: string, repairs: Repair[]): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string' && !(value instanceof NumberLiteral)) {
    throw new CallTextError('type-mismatch', `${path} should be a boolean`);
  }
  const text = value instanceof NumberLiteral ? value.source : withoutComment(value, path, repairs);
  const word = text
    .trim()
    .toLowerCase()
    .replace(/^["'“‘]|["'”’]$/g, '');
  const reading = TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
  // a boolean field answered in words ("maybe", "if any", "true/false") is a hedge, not a type error
  if (reading === undefined)
    throw new CallTextError('ambiguous', `${path}: '${text}' is neither true nor false`);
  repairs.push({ kind: 'coerced-boolean', detail: path });
  return reading;
}

function coerceArray(schema: ArgSchema, value: unknown, path: string, repairs: Repair[]): unknown[] {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string' && /^\s*\[.*\]\s*$/s.test(value)) {
    repairs.push({ kind: 'double-encoded', detail: path });
    const parsed = parseLooseJson(value, repairs);
    if (!Array.isArray(parsed)) throw new CallTextError('type-mismatch', `${path} should be an array`);
    items = parsed;
  } else if (typeof value === 'object' && !(value instanceof NumberLiteral)) {
    throw new CallTextError('type-mismatch', `${path} should be an array`);
  } else {
    items = commaSeparatedItems(schema, value, path, repairs);
  }
  const itemSchema = schema.items ?? { type: 'string' };
  return items.map((item, index) => {
    if (isNullish(item)) throw new CallTextError('type-mismatch', `${path}[${index}] is null`);
    return (coerceValue(itemSchema, item, `${path}[${index}]`, repairs) as { value: unknown }).value;
  });
}

/**
 * A scalar where an array belongs becomes a one-element array. A comma inside it is split only for
 * enum items, where every part must match on its own; for free strings ("Austin, TX") it is ambiguous.
 */
function commaSeparatedItems(schema: ArgSchema, value: unknown, path: string, repairs: Repair[]): unknown[] {
  repairs.push({ kind: 'coerced-array', detail: path });
  if (typeof value !== 'string' || !value.includes(',')) return [value];
  const parts = value.split(',').map((part) => part.trim());
  const options = schema.items?.enum;
  if (!options) {
    if (schema.items?.type !== 'string' && schema.items !== undefined) return parts;
    throw new CallTextError('ambiguous', `${path}: '${value}' could be one item or ${parts.length}`);
  }
  return parts;
}
