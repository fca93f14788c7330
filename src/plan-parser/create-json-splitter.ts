import { PLAN_KEYS } from './line-shape.ts';

/** What the JSON splitter found: a call's text, or a whole plan double-encoded in a string. */
export interface JsonPiece {
  kind: 'call' | 'single-call' | 'encoded-plan';
  text: string;
  /** absolute offset just past the piece */
  end: number;
}

export interface JsonSplitter {
  /**
   * Scans `chunk` from `from` (`offset` is the chunk's absolute start). Returns the index just past the
   * top-level value, or -1 when it is still open; `aborted` is set when a markdown fence ended it early.
   */
  feed(chunk: string, from: number, offset: number): number;
  readonly aborted: boolean;
  /** The text of the piece still open at the end of input, if any: a truncated call. */
  openPiece(): string | null;
  /** Whether a `calls`-like array was seen (the value is a plan, possibly empty). */
  readonly sawCallArray: boolean;
}

interface Frame {
  bracket: '{' | '[';
  callArray: boolean;
  atKey: boolean;
  key: string;
}

interface Capture {
  kind: JsonPiece['kind'];
  depth: number;
  parts: string[];
  start: number;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/**
 * Cuts a JSON (or JSON-ish) plan into calls as characters arrive, without parsing it: tracks brackets,
 * strings and comments, and captures each element of a `calls` array (or of a top-level array, or a
 * top-level object that is a call) as its own text, handed over the moment its closing brace arrives.
 */
export function createJsonSplitter(onPiece: (piece: JsonPiece) => void): JsonSplitter {
  const stack: Frame[] = [];
  const captures: Capture[] = [];
  let quote: string | null = null;
  let escaped = false;
  let stringIsKey = false;
  let bareKey = false;
  let keyText = '';
  let comment: 'line' | 'block' | null = null;
  let previous = '';
  let lastToken = '';
  let lineStart = true;
  let aborted = false;
  let sawCallArray = false;

  const top = () => stack.at(-1);

  function startCapture(kind: Capture['kind'], index: number): void {
    captures.push({ kind, depth: stack.length, parts: [], start: index });
  }

  function finishCaptures(chunk: string, index: number, offset: number): void {
    while (captures.length > 0 && (captures.at(-1) as Capture).depth === stack.length) {
      const capture = captures.pop() as Capture;
      capture.parts.push(chunk.slice(capture.start, index + 1));
      onPiece({ kind: capture.kind, text: capture.parts.join(''), end: offset + index + 1 });
    }
  }

  /** The top-level object holds a call list, so it is a plan rather than one call. */
  function dropSingleCall(): void {
    const single = captures.findIndex((capture) => capture.kind === 'single-call');
    if (single >= 0) captures.splice(single, 1);
  }

  function valueStarts(): 'call' | 'encoded-plan' | null {
    const frame = top();
    if (!frame) return 'encoded-plan';
    if (frame.bracket === '[' && frame.callArray) return 'call';
    if (frame.bracket === '{' && !frame.atKey && PLAN_KEYS.has(frame.key.toLowerCase()))
      return 'encoded-plan';
    return null;
  }

  /** a lone call object where the call list belongs: `"calls": {"skill": ...}` */
  function underPlanKey(): boolean {
    const frame = top();
    return frame?.bracket === '{' && !frame.atKey && PLAN_KEYS.has(frame.key.toLowerCase());
  }

  function feed(chunk: string, from: number, offset: number): number {
    for (const capture of captures) capture.start = from;
    for (let i = from; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (quote) {
        if (c === '\n' && stack.length === 0) {
          aborted = true;
          return i;
        }
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === quote || (quote === '”' && c === '“')) {
          quote = null;
          lastToken = c;
          if (stringIsKey) (top() as Frame).key = keyText;
          finishCaptures(chunk, i, offset);
          if (stack.length === 0) return i + 1;
        } else if (stringIsKey) keyText += c;
        continue;
      }
      if (comment) {
        if (comment === 'line' ? c === '\n' : c === '/' && previous === '*') comment = null;
        previous = c;
        lineStart = c === '\n';
        continue;
      }
      if ((c === '/' || c === '*') && previous === '/') {
        comment = c === '/' ? 'line' : 'block';
        previous = '';
        continue;
      }
      const frame = top();
      if (c in QUOTES && (lastToken === '' || '{[,:='.includes(lastToken))) {
        quote = QUOTES[c] as string;
        stringIsKey = frame?.bracket === '{' && frame.atKey;
        keyText = '';
        if (!stringIsKey) {
          const kind = valueStarts();
          if (kind === 'encoded-plan' && frame) dropSingleCall();
          if (kind) startCapture(kind, i);
        }
      } else if (c === '{') {
        if (!frame) startCapture('single-call', i);
        else if (valueStarts() === 'call') startCapture('call', i);
        else if (underPlanKey()) {
          sawCallArray = true;
          dropSingleCall();
          startCapture('call', i);
        }
        stack.push({ bracket: '{', callArray: false, atKey: true, key: '' });
      } else if (c === '[') {
        const callArray = !frame || (frame.bracket === '{' && PLAN_KEYS.has(frame.key.toLowerCase()));
        if (callArray) {
          sawCallArray = true;
          dropSingleCall();
        }
        stack.push({ bracket: '[', callArray, atKey: false, key: '' });
      } else if (c === '}' || c === ']') {
        stack.pop();
        finishCaptures(chunk, i, offset);
        if (stack.length === 0) return i + 1;
      } else if (frame?.bracket === '{' && (c === ':' || c === '=')) {
        if (bareKey) frame.key = keyText;
        bareKey = false;
        frame.atKey = false;
      } else if (frame?.bracket === '{' && c === ',') frame.atKey = true;
      else if (c === '#' && (previous === ' ' || lineStart)) comment = 'line';
      else if (c === '`' && lineStart) {
        aborted = true;
        return i;
      } else if (frame?.bracket === '{' && frame.atKey && /[\w$-]/.test(c)) {
        if (!bareKey) keyText = '';
        bareKey = true;
        keyText += c;
      }
      if (c === '\n') lineStart = true;
      else if (c !== ' ' && c !== '\t' && c !== '\r') {
        lineStart = false;
        lastToken = c;
      }
      previous = c;
    }
    for (const capture of captures) capture.parts.push(chunk.slice(capture.start));
    return -1;
  }

  return {
    feed,
    get aborted() {
      return aborted;
    },
    get sawCallArray() {
      return sawCallArray;
    },
    openPiece: () => {
      const open = captures.find((capture) => capture.kind !== 'single-call') ?? captures[0];
      return open ? open.parts.join('') : null;
    },
  };
}
