import {
  expandTabs,
  FENCE,
  indentOf,
  keyOf,
  listMarker,
  nestingAfter,
  PLAN_KEYS,
  startsCall,
} from './line-shape.ts';
import type { RepairKind } from './types.ts';

/** A YAML or function-call call's text as cut from the lines, with the offset just past its last line. */
export interface LinePiece {
  text: string;
  end: number;
  /** its last line had no newline after it: the last value may have been cut short */
  cut: boolean;
}

export interface LineSplitterEvents {
  piece(piece: LinePiece): void;
  repair(kind: RepairKind, detail?: string): void;
  planDeclared(): void;
}

export interface LineSplitter {
  /**
   * An early look at the start of an incomplete line: closes the open call when the line's start
   * already proves it done. True when the line begins a JSON value (from its first non-blank character).
   */
  peek(head: string): boolean;
  /**
   * A complete line (without its newline) starting at absolute `offset`; `last` when the text ended
   * without a newline after it. Returns the JSON text the line begins, if any.
   */
  line(text: string, offset: number, last?: boolean): string | undefined;
  end(): void;
}

interface OpenCall {
  markerIndent: number;
  /** null after a bare `-`: the content starts on the next line */
  contentIndent: number | null;
  lines: string[];
  /** The key that opened a call written without a list marker; the same key again starts the next call. */
  startKey: string | null;
  /** open brackets or parentheses carried to the next line */
  nesting: number;
  closesWithNesting: boolean;
  end: number;
  /** its last content line is the text's final line, with no newline after it */
  cut: boolean;
}

/** keys that also appear in prose or in arguments, so they do not start an unlisted call on their own */
const LOOSE_KEYS = new Set(['name', 'input', 'inputs', 'action']);
const REASONING_OPEN = /<(think|thinking|reasoning|reflection|scratchpad|analysis)>/i;
const JSON_START = /^(?:\{|\[\s*(?:[{"'\]]|$)|"[{[])/;
const NOT_JSON_YET = /^(?:\[\s*|")$/;

/**
 * Cuts a YAML (or function-call) plan into calls line by line. It never parses YAML: it reads
 * indentation, list markers and keys, so each call's text is handed over once, as soon as a later line
 * proves it complete (the next item, a dedent, a fence) — or, for a flow mapping or a function call,
 * when its brackets close. Fences, reasoning blocks and prose around the plan are skipped here.
 */
export function createLineSplitter(
  skillNames: ReadonlySet<string>,
  events: LineSplitterEvents,
): LineSplitter {
  let call: OpenCall | null = null;
  let reasoningClose: RegExp | null = null;
  let inFence = false;
  let sawFence = false;
  let blockScalarParent: number | null = null;
  let sawCall = false;
  let planDeclared = false;
  let peeked = false;
  let lastLine = false;
  const noted = new Set<RepairKind>();

  function noteOnce(kind: RepairKind, detail?: string): void {
    if (noted.has(kind)) return;
    noted.add(kind);
    events.repair(kind, detail);
  }

  function closeCall(): void {
    if (!call) return;
    const { lines, end, cut } = call;
    call = null;
    const text = lines.join('\n');
    if (text.trim() !== '') events.piece({ text, end, cut });
  }

  /** Whether a line starting with `head` ends the open call: 'close', 'keep', or undefined until more arrives. */
  function verdict(open: OpenCall, head: string, complete: boolean): 'close' | 'keep' | undefined {
    const indent = indentOf(head);
    if (open.nesting > 0) {
      // an unclosed bracket must not swallow the plan: a new call item at the list's level still ends it
      if (!complete) return undefined;
      const marker = indent <= open.markerIndent ? listMarker(head.slice(indent)) : null;
      return marker && startsCall(head.slice(indent + marker.width), skillNames) ? 'close' : 'keep';
    }
    const first = head[indent];
    if (first === undefined) return complete ? 'keep' : undefined;
    if (first === '#') return complete ? 'keep' : undefined;
    if (open.contentIndent === null) return indent > open.markerIndent ? 'keep' : 'close';
    if (indent <= open.markerIndent) return 'close';
    if (indent >= open.contentIndent) {
      if (indent > open.contentIndent || open.startKey === null) return 'keep';
      if (!complete) return undefined;
      const key = keyOf(head.slice(indent));
      const again =
        key !== null && (key === open.startKey || (skillNames.has(open.startKey) && skillNames.has(key)));
      return again ? 'close' : 'keep';
    }
    // between the marker and the content: a misaligned sibling item, or a misaligned key of this call
    const marker = listMarker(head.slice(indent));
    if (marker) return 'close';
    if (!complete && /^(?:[-*+•]|\d{1,3}[.)]?)$/.test(head.slice(indent))) return undefined;
    return 'keep';
  }

  /** The column where a JSON value starts on this top-level line, if it does. */
  function jsonStart(head: string, complete: boolean): number | undefined {
    if (call || reasoningClose || (sawFence && !inFence)) return undefined;
    const indent = indentOf(head);
    if (blockScalarParent !== null && indent > blockScalarParent) return undefined;
    const content = head.slice(indent);
    if (!complete && NOT_JSON_YET.test(content)) return undefined;
    return JSON_START.test(content) ? indent : undefined;
  }

  function peek(raw: string): boolean {
    if (peeked || reasoningClose) return false;
    const head = expandTabs(raw);
    if (call) {
      const decision = verdict(call, head, false);
      if (decision === undefined) return false;
      if (decision === 'keep') {
        peeked = true;
        return false;
      }
      closeCall();
    }
    peeked = jsonStart(head, false) !== undefined;
    return peeked;
  }

  function line(raw: string, offset: number, last = false): string | undefined {
    peeked = false;
    lastLine = last;
    let text = expandTabs(raw);
    if (text !== raw) noteOnce('tabs');
    if (call && !reasoningClose && verdict(call, text, true) === 'close') closeCall();
    // reasoning blocks: drop their text, whatever plan-like lines they hold
    let column = 0;
    for (;;) {
      if (reasoningClose) {
        const close = reasoningClose.exec(text);
        if (!close) return undefined;
        reasoningClose = null;
        column += close.index + close[0].length;
        text = text.slice(close.index + close[0].length);
        continue;
      }
      const open = REASONING_OPEN.exec(text);
      if (!open) break;
      noteOnce('reasoning-block');
      reasoningClose = new RegExp(`</${open[1]}>`, 'i');
      const before = text.slice(0, open.index);
      const rest = text.slice(open.index + open[0].length);
      const close = reasoningClose.exec(rest);
      if (!close) {
        text = before;
        break;
      }
      reasoningClose = null;
      if (before.trim() === '') {
        column += open.index + open[0].length + close.index + close[0].length;
        text = rest.slice(close.index + close[0].length);
      } else text = before;
    }
    if (text.trim() === '' && !call) return undefined;
    if (FENCE.test(text)) {
      closeCall();
      if (inFence) noteOnce('fence');
      inFence = !inFence;
      sawFence = true;
      return undefined;
    }
    if (sawFence && !inFence) {
      if (text.trim() !== '') noteOnce(sawCall ? 'prose-after' : 'prose-before');
      return undefined;
    }
    if (call) {
      appendToCall(call, text, offset + column);
      return undefined;
    }
    const json = jsonStart(text, true);
    if (json !== undefined) return text.slice(json);
    return topLevel(text, offset + column);
  }

  function appendToCall(open: OpenCall, text: string, offset: number): void {
    const indent = indentOf(text);
    const blank = indent === text.length;
    if (open.contentIndent === null && !blank) open.contentIndent = indent;
    const contentIndent = open.contentIndent ?? indent;
    let relative: string;
    if (blank) relative = '';
    else if (indent >= contentIndent || open.nesting > 0)
      relative = text.slice(Math.min(indent, contentIndent));
    else {
      events.repair('indentation', 'a key less indented than its call');
      relative = text.slice(indent);
    }
    open.lines.push(relative);
    if (blank || relative.startsWith('#')) return;
    open.end = offset + text.length;
    open.cut = lastLine;
    open.nesting = nestingAfter(relative, 0, open.nesting);
    if (open.closesWithNesting && open.nesting === 0) closeCall();
  }

  function openCall(
    markerIndent: number,
    contentIndent: number | null,
    content: string,
    startKey: string | null,
    offset: number,
  ): void {
    sawCall = true;
    const closesWithNesting = content.startsWith('{') || /^[*`]*[\w.]+[*`]*\s*\(/.test(content);
    call = {
      markerIndent,
      contentIndent,
      lines: [],
      startKey,
      nesting: 0,
      closesWithNesting,
      end: offset,
      cut: false,
    };
    if (content !== '') appendToCall(call, `${' '.repeat(contentIndent ?? 0)}${content}`, offset);
  }

  /** A line outside any call; returns the JSON text it begins (`calls: [...]`), if any. */
  function topLevel(text: string, offset: number): string | undefined {
    const indent = indentOf(text);
    const content = text.slice(indent).trimEnd();
    if (content === '' || content.startsWith('#')) return undefined;
    if (blockScalarParent !== null) {
      if (indent > blockScalarParent) return undefined;
      blockScalarParent = null;
    }
    const marker = listMarker(content);
    if (marker) {
      const item = content.slice(marker.width);
      if (item === '' || startsCall(item, skillNames)) {
        if (!planDeclared) noteOnce('top-level-list');
        if (marker.markdown) noteOnce('markdown-list');
        openCall(
          indent,
          item === '' ? null : indent + marker.width,
          item,
          keyOf(item),
          offset + indent + marker.width,
        );
        return undefined;
      }
    } else if (startsSingleCall(content)) {
      noteOnce('single-call');
      openCall(indent - 1, indent, content, keyOf(content), offset);
      return undefined;
    } else {
      const key = keyOf(content);
      if (key !== null) {
        if (PLAN_KEYS.has(key)) {
          planDeclared = true;
          events.planDeclared();
          const flow = /:\s*(\[.*)$/.exec(content);
          if (flow) return flow[1];
        }
        if (/:\s*[|>][-+0-9]*\s*$/.test(content)) blockScalarParent = indent;
        return undefined;
      }
    }
    noteOnce(sawCall ? 'prose-after' : 'prose-before');
    return undefined;
  }

  /** A call written without a list marker; `name:` or `input:` alone open one only beside a skill's name. */
  function startsSingleCall(content: string): boolean {
    if (!startsCall(content, skillNames)) return false;
    const key = keyOf(content);
    if (key === null || !LOOSE_KEYS.has(key)) return true;
    return skillNames.has(
      content
        .slice(content.indexOf(':') + 1)
        .trim()
        .replace(/^["'`*]+|["'`*]+$/g, ''),
    );
  }

  return {
    peek,
    line,
    end() {
      if (inFence) noteOnce('fence-unclosed');
      closeCall();
    },
  };
}
