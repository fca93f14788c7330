import { CallTextError } from './call-text-error.ts';
import { NumberLiteral } from './number-literal.ts';
import type { Repair } from './types.ts';

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '”': '”' };
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

/**
 * Parses JSON as LLMs write it: single or smart quotes, unquoted keys and values, `=` for `:`,
 * comments (`//`, `/* *\/`, `#`), trailing or missing commas, Python literals. Numbers come back as
 * NumberLiteral. Each repair needed is recorded once. Throws CallTextError when the text ends inside
 * a value (truncated) or has duplicate keys (ambiguous).
 */
export function parseLooseJson(text: string, repairs: Repair[]): unknown {
  let i = 0;
  const seen = new Set<Repair['kind']>();
  const note = (kind: Repair['kind']) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    repairs.push({ kind });
  };
  const truncated = (): never => {
    throw new CallTextError('malformed', 'truncated JSON');
  };

  function skipSpace(): void {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') i++;
      else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
        note('json-comments');
        const end = text.indexOf('\n', i);
        i = end < 0 ? text.length : end;
      } else if (c === '/' && text[i + 1] === '*') {
        note('json-comments');
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 2;
      } else return;
    }
  }

  function readString(): string {
    const open = text[i] as string;
    const close = CLOSING_QUOTE[open] as string;
    if (open !== '"') note(open === "'" ? 'json-quotes' : 'smart-quotes');
    i++;
    let out = '';
    while (i < text.length) {
      const c = text[i] as string;
      if (c === close || (open === '“' && c === '“')) {
        // `"data engineer, "location": ...`: the string lost its closing quote before a comma
        if (open === '"' && /,\s*$/.test(out) && /^[\w\s-]+"\s*:/.test(text.slice(i + 1))) {
          note('unterminated-quote');
          return out.replace(/,\s*$/, '');
        }
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) truncated();
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out += ESCAPES[e as string] ?? e;
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return truncated();
  }

  /** A bare token up to a delimiter: a key (stops at `:`/`=`) or a scalar value (stops at `,`, `}`, `]`, newline). */
  function readBare(isKey: boolean): string {
    const start = i;
    while (i < text.length) {
      const c = text[i];
      if (c === ',' || c === '}' || c === ']' || c === '\n' || c === ')') break;
      if (isKey && (c === ':' || c === '=')) break;
      // `1 "next": 2`: a missing comma before the next quoted key
      if (!isKey && (c === '"' || c === "'") && text[i - 1] === ' ') break;
      if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*') && text[i - 1] === ' ') break;
      if (c === '#' && text[i - 1] === ' ') break;
      i++;
    }
    return text.slice(start, i).trim();
  }

  function readScalar(): unknown {
    const token = readBare(false);
    if (token === '') throw new CallTextError('malformed', `unexpected '${text[i] ?? 'end'}' in JSON`);
    if (NUMBER.test(token)) return new NumberLiteral(Number(token), token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (token === 'True' || token === 'False' || token === 'None') {
      note('python-literals');
      return token === 'None' ? null : token === 'True';
    }
    note('json-quotes');
    return token;
  }

  function readValue(): unknown {
    skipSpace();
    if (i >= text.length) truncated();
    const c = text[i] as string;
    if (c === '{') return readObject();
    if (c === '[') return readArray();
    if (c in CLOSING_QUOTE) return readString();
    return readScalar();
  }

  /** After an item: a comma, the closing bracket, or (missing comma) the next item. */
  function readSeparator(close: string): boolean {
    skipSpace();
    if (i >= text.length) truncated();
    if (text[i] === ',') {
      i++;
      skipSpace();
      if (text[i] === close) {
        note('json-commas');
        i++;
        return false;
      }
      return true;
    }
    if (text[i] === close) {
      i++;
      return false;
    }
    note('json-commas');
    return true;
  }

  function readObject(): Record<string, unknown> {
    i++;
    const object: Record<string, unknown> = {};
    skipSpace();
    if (text[i] === '}') {
      i++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (i >= text.length) truncated();
      let key: string;
      if ((text[i] as string) in CLOSING_QUOTE) key = readString();
      else {
        key = readBare(true);
        if (key === '') throw new CallTextError('malformed', `unexpected '${text[i]}' where a key belongs`);
        note('json-unquoted-keys');
      }
      skipSpace();
      if (i >= text.length) truncated();
      if (text[i] === ':' || text[i] === '=') i++;
      else throw new CallTextError('malformed', `no ':' after key '${key}'`);
      const value = readValue();
      if (Object.hasOwn(object, key) && !sameValue(object[key], value)) {
        throw new CallTextError('ambiguous', `key '${key}' given twice with different values`);
      }
      object[key] = value;
      if (!readSeparator('}')) return object;
    }
  }

  function readArray(): unknown[] {
    i++;
    const array: unknown[] = [];
    skipSpace();
    if (text[i] === ']') {
      i++;
      return array;
    }
    for (;;) {
      array.push(readValue());
      if (!readSeparator(']')) return array;
    }
  }

  return readValue();
}

/** Equal as written: a key repeated with the same value is harmless. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
