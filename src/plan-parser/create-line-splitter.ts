import {
  expandTabs,
  FENCE,
  functionCallsIn,
  indentOf,
  keyOf,
  listMarker,
  nestingAfter,
  PLAN_KEYS,
  startsCall,
} from './line-shape.ts';
import { FUNCTION_CALL_START } from './parse-function-call.ts';
import { ARGS_KEYS, SKILL_KEYS } from './resolve-call.ts';
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
  /** keys written at the call's own level */
  keys: Set<string>;
  /** columns added to lines below a misaligned key, so they stay nested under it */
  shift: number;
}

/** keys that also appear in prose or in arguments, so they do not start an unlisted call on their own */
const LOOSE_KEYS = new Set(['name', 'input', 'inputs', 'action']);
/** `<think>` and its cousins, or Magistral's `[THINK]` */
const REASONING_OPEN = /<(think|thinking|reasoning|reflection|scratchpad|analysis)>|\[(THINK)\]/i;
/** `{`, `[{`, `["`, `[]`, or a quoted string that is not a YAML quoted key (`"thought": ...`) */
const JSON_START = /^(?:\{|\[\s*(?:[{"'\]]|$)|"(?![^"]*"\s*:))/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)\s*$/;
/** `[` so far: the next character tells a JSON array from a markdown link or note */
const PARTIAL_ARRAY = /^\[\s*$/;
/** chat-template tokens a server failed to strip: `<|im_end|>`, `<|eot_id|>`, `</s>` */
const SPECIAL_TOKEN = /<\|[\w.-]+\|>|<\/s>/;
const SPECIAL_TOKEN_ALL = new RegExp(SPECIAL_TOKEN.source, 'g');

/**
 * Cuts a YAML (or function-call) plan into calls line by line. It never parses YAML: it reads
 * indentation, list markers and keys, so each call's text is handed over once, as soon as a later line
 * proves it complete (the next item, a dedent, a fence) — or, for a flow mapping or a function call,
 * when its brackets close. Fences, reasoning blocks and prose around the plan are skipped here.
 */
export function createLineSplitter(
  skillNames: Pick<ReadonlySet<string>, 'has'>,
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

  /**
   * Whether a line starting with `head` ends the open call: 'close' or 'keep'; before the line is
   * complete, also undefined (a few more characters will tell) or 'later' (only the whole line will).
   */
  function verdict(open: OpenCall, head: string, complete: boolean): 'close' | 'keep' | 'later' | undefined {
    const indent = indentOf(head);
    const content = head.slice(indent);
    const marker = listMarker(content);
    if (open.nesting > 0) {
      // an unclosed bracket must not swallow the plan: a new call item at the list's level still ends it
      if (!complete) return 'later';
      return indent <= open.markerIndent && marker && startsCall(content.slice(marker.width), skillNames)
        ? 'close'
        : 'keep';
    }
    if (content === '') return complete ? 'keep' : undefined;
    if (content.startsWith('#')) return complete ? 'keep' : 'later';
    if (open.contentIndent === null) return indent > open.markerIndent ? 'keep' : 'close';
    if (indent < open.markerIndent) return 'close';
    if (indent === open.markerIndent) {
      if (marker || /^[^*_`"'“‘\w]/.test(content)) return 'close';
      // `args:` aligned with the dash: the call's own key, misaligned, when the call lacks it
      if (!complete) return 'later';
      return missingKey(open, keyOf(content)) ? 'keep' : 'close';
    }
    if (indent > open.contentIndent) return 'keep';
    if (indent < open.contentIndent) {
      // between the marker and the content: a misaligned sibling item, or a misaligned key of this call
      if (!complete && /^(?:[-*+•]|\d{1,3}[.)]?)$/.test(content)) return undefined;
      return marker ? 'close' : 'keep';
    }
    if (!complete) return 'later';
    // at the content's own column: a new call item (indented too deep), the opening key again, or prose
    if (marker) {
      const item = content.slice(marker.width);
      return startsCall(item, skillNames) && /^\W*(?:skill|tool|function)\b/i.test(item) ? 'close' : 'keep';
    }
    const key = keyOf(content);
    if (key === null) return 'close';
    const again =
      open.startKey !== null &&
      (key === open.startKey || (skillNames.has(open.startKey) && skillNames.has(key)));
    return again ? 'close' : 'keep';
  }

  function missingKey(open: OpenCall, key: string | null): boolean {
    if (key === null) return false;
    const group = ARGS_KEYS.includes(key) ? ARGS_KEYS : SKILL_KEYS.includes(key) ? SKILL_KEYS : null;
    return group !== null && !group.some((name) => open.keys.has(name));
  }

  /**
   * The column where a JSON value starts on this top-level line; null when it does not, undefined
   * until a few more characters tell. A line opening with `"` is left to the complete line, so that
   * a quoted YAML key (`"calls":`) is not taken for a JSON string.
   */
  function jsonStart(head: string, complete: boolean): number | null | undefined {
    if (call || reasoningClose || (sawFence && !inFence)) return null;
    const indent = indentOf(head);
    const content = head.slice(indent);
    if (content === '') return complete ? null : undefined;
    if (blockScalarParent !== null && indent > blockScalarParent) return null;
    if (!complete && content.startsWith('"')) return null;
    if (!complete && PARTIAL_ARRAY.test(content)) return undefined;
    return JSON_START.test(content) ? indent : null;
  }

  /** The early look; once a line's start has decided what it can, the rest of the line is not looked at. */
  function peek(raw: string): boolean {
    if (peeked || reasoningClose) return false;
    const head = expandTabs(raw);
    if (call) {
      const decision = verdict(call, head, false);
      if (decision === undefined) return false;
      if (decision !== 'close') {
        peeked = true;
        return false;
      }
      closeCall();
    }
    const start = jsonStart(head, false);
    if (start === undefined) return false;
    peeked = true;
    return start !== null;
  }

  function line(raw: string, offset: number, last = false): string | undefined {
    peeked = false;
    lastLine = last;
    let text = expandTabs(raw);
    if (text !== raw) noteOnce('tabs');
    if (SPECIAL_TOKEN.test(text)) {
      noteOnce('prose-after', 'special tokens');
      text = text.replace(SPECIAL_TOKEN_ALL, '');
    }
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
      reasoningClose = new RegExp(open[1] ? `</${open[1]}>` : `\\[/${open[2]}\\]`, 'i');
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
    if (typeof json === 'number') return text.slice(json);
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
    if (indent <= contentIndent) {
      const key = keyOf(relative);
      if (key !== null) open.keys.add(key);
    }
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
      keys: new Set(),
      shift: 0,
    };
    if (content !== '') appendToCall(call, `${' '.repeat(contentIndent ?? 0)}${content}`, offset);
  }

  /** A line outside any call; returns the JSON text it begins (`calls: [...]`), if any. */
  function topLevel(text: string, offset: number): string | undefined {
    const indent = indentOf(text);
    const content = text.slice(indent).trimEnd();
    if (content === '' || content.startsWith('#') || DOCUMENT_MARKER.test(content)) return undefined;
    if (blockScalarParent !== null) {
      if (indent > blockScalarParent) return undefined;
      blockScalarParent = null;
    }
    const marker = listMarker(content);
    if (marker) {
      // `* - skill: x`: a markdown bullet around the YAML item
      const inner = marker.markdown ? listMarker(content.slice(marker.width)) : null;
      if (inner) marker.width += inner.width;
    }
    const width = marker?.width ?? 0;
    const item = content.slice(width);
    if (functionCalls(item, offset + indent + width, indent, width)) {
      if (marker && !planDeclared) noteOnce('top-level-list');
      if (marker?.markdown) noteOnce('markdown-list');
      return undefined;
    }
    if (marker) {
      if (item === '' || startsCall(item, skillNames)) {
        if (!planDeclared) noteOnce('top-level-list');
        if (marker.markdown) noteOnce('markdown-list');
        openCall(indent, item === '' ? null : indent + marker.width, item, keyOf(item), offset);
        return undefined;
      }
    } else if (startsSingleCall(content)) {
      noteOnce('single-call');
      openCall(indent - 1, indent, content, keyOf(content), offset);
      return undefined;
    } else {
      const key = keyOf(content);
      if (key !== null) {
        const plan = PLAN_KEYS.has(key);
        if (plan) {
          planDeclared = true;
          events.planDeclared();
          const flow = /:\s*([[{].*)$/s.exec(content);
          if (flow) return flow[1];
        }
        // a block scalar's text is skipped, unless it is the plan itself written as one (`calls: |`)
        if (!plan && /:\s*[|>][-+0-9]*\s*$/.test(content)) blockScalarParent = indent;
        return undefined;
      }
    }
    noteOnce(sawCall ? 'prose-after' : 'prose-before');
    return undefined;
  }

  /**
   * Function-call syntax on a top-level line: complete calls become pieces now; one left open at the
   * end of the line becomes the open call. False when the line holds none.
   */
  function functionCalls(item: string, itemOffset: number, indent: number, width: number): boolean {
    const { calls, openFrom } = functionCallsIn(item, skillNames);
    if (calls.length === 0 && openFrom === null) return false;
    sawCall = true;
    if ((calls[0]?.end ?? openFrom ?? 0) > 0 && !FUNCTION_CALL_START.test(item)) noteOnce('prose-before');
    for (const call of calls) events.piece({ text: call.text, end: itemOffset + call.end, cut: false });
    if (openFrom !== null) {
      const column = indent + width + openFrom;
      openCall(indent, column, item.slice(openFrom), null, itemOffset - indent - width);
    }
    return true;
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
