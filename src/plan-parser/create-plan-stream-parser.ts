import { createJsonSplitter, type JsonPiece, type JsonSplitter } from './create-json-splitter.ts';
import { createLineSplitter, type LinePiece } from './create-line-splitter.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import { type CallFormat, namedInText, resolveCall } from './resolve-call.ts';
import type { PlanCall, PlanParseResult, Rejection, Repair, Skill } from './types.ts';

export interface PlanStreamParser {
  /** Feeds the next characters; returns the calls they completed. */
  push(chunk: string): PlanCall[];
  /** Ends the input; returns the calls still open (a truncated last call is rejected, not returned). */
  end(): PlanCall[];
  /** Everything so far: every call emitted, repairs, rejections, and whether the text held a plan. */
  result(): PlanParseResult;
}

const indexes = new WeakMap<readonly Skill[], ReadonlyMap<string, Skill>>();
/** Skills by name, built once per skills array, not once per parse. */
function skillIndex(skills: readonly Skill[]): ReadonlyMap<string, Skill> {
  let index = indexes.get(skills);
  if (!index) {
    index = new Map(skills.map((skill) => [skill.name, skill]));
    indexes.set(skills, index);
  }
  return index;
}

/** How much of an incomplete line is kept for the early look at its start (indent and list marker). */
const HEAD_LIMIT = 80;
/** Keys that make a top-level JSON object a call rather than some other object. */
const CALL_OBJECT = /["']?(?:skill|tool|function|name|tool_name|skill_name)["']?\s*[:=]/i;

/**
 * The defensive plan parser, incremental: push chunks of an LLM's plan (YAML, JSON or function-call
 * lines, with fences, prose and reasoning around it) and get each call, validated against its skill's
 * schema, as soon as the text proves it complete. Lines are scanned once and each call's own text is
 * parsed once, when it closes, so total work is linear in the input however it is chunked.
 */
export function createPlanStreamParser(options: { skills: readonly Skill[] }): PlanStreamParser {
  const skills = skillIndex(options.skills);
  const calls: PlanCall[] = [];
  const repairs: Repair[] = [];
  const rejected: Rejection[] = [];
  let planDeclared = false;
  let consumed = 0;
  let fresh: PlanCall[] = [];

  const lines = createLineSplitter(skills, {
    piece: (piece) => onLinePiece(piece),
    repair: (kind, detail) => repairs.push(detail === undefined ? { kind } : { kind, detail }),
    planDeclared: () => {
      planDeclared = true;
    },
  });
  let json: JsonSplitter | null = null;
  let jsonFormat: CallFormat = 'json';
  let lineParts: string[] = [];
  let head = '';
  let lineOffset = 0;
  /** the rest of the current line follows a JSON value that ended on it, and is ignored */
  let lineIsTail = false;

  function accept(text: string, format: CallFormat, end: number): void {
    const resolved = resolveCall(text, format, skills, repairs);
    if ('rejection' in resolved) rejected.push(resolved.rejection);
    else {
      const call = { ...resolved, emittedAt: consumed, textEnd: end };
      calls.push(call);
      fresh.push(call);
    }
  }

  function rejectTruncated(text: string): void {
    repairs.push({ kind: 'truncated' });
    rejected.push({
      skill: namedInText(text),
      reason: 'malformed',
      detail: 'truncated: the output stops inside this call',
    });
  }

  function onLinePiece(piece: LinePiece): void {
    if (piece.cut) rejectTruncated(piece.text);
    else accept(piece.text, 'yaml', piece.end);
  }

  function onJsonPiece(piece: JsonPiece): void {
    if (piece.kind === 'single-call') {
      if (!CALL_OBJECT.test(piece.text)) return;
      repairs.push({ kind: 'single-call' });
    }
    if (piece.kind !== 'encoded-plan') {
      accept(piece.text, jsonFormat, piece.end);
      return;
    }
    let inner: unknown;
    try {
      inner = parseLooseJson(piece.text, []);
    } catch {
      return;
    }
    if (typeof inner !== 'string') return;
    repairs.push({ kind: 'double-encoded' });
    const nested = createPlanStreamParser(options);
    nested.push(inner);
    nested.end();
    const result = nested.result();
    planDeclared ||= result.ok;
    repairs.push(...result.repairs);
    rejected.push(...result.rejected);
    for (const call of result.calls) {
      const placed = { ...call, emittedAt: consumed, textEnd: piece.end };
      calls.push(placed);
      fresh.push(placed);
    }
  }

  /** JSON text that began on a top-level line, or YAML flow (`calls: [...]`), read as YAML first */
  function startJson(text: string, offset: number, format: CallFormat): number {
    jsonFormat = format;
    json = createJsonSplitter(onJsonPiece);
    return feedJson(text, 0, offset);
  }

  /** Feeds JSON text; returns where the JSON value ended in `text`, or -1 while it is open. */
  function feedJson(text: string, from: number, offset: number): number {
    const splitter = json as JsonSplitter;
    const stop = splitter.feed(text, from, offset);
    if (stop < 0) return -1;
    if (splitter.sawCallArray) planDeclared = true;
    json = null;
    return stop;
  }

  function completeLine(last = false): void {
    const text = lineParts.join('');
    const offset = lineOffset;
    lineParts = [];
    head = '';
    lineOffset = offset + text.length + 1;
    if (lineIsTail) {
      lineIsTail = false;
      return;
    }
    const jsonText = lines.line(text.endsWith('\r') ? text.slice(0, -1) : text, offset, last);
    if (jsonText === undefined) return;
    const start = offset + text.length - jsonText.length;
    // JSON after a YAML key (`calls: [...]`) is YAML flow: read it as YAML first
    const stop = startJson(`${jsonText}\n`, start, jsonText === text.trimStart() ? 'json' : 'yaml');
    if (stop >= 0 && (json as JsonSplitter | null) === null && stop < jsonText.length)
      noteTail(jsonText.slice(stop));
  }

  function noteTail(tail: string): void {
    if (tail.trim() !== '') repairs.push({ kind: 'prose-after' });
  }

  function push(chunk: string): PlanCall[] {
    const chunkOffset = consumed;
    consumed += chunk.length;
    let i = 0;
    while (i < chunk.length) {
      if (json) {
        const splitter = json;
        const stop = feedJson(chunk, i, chunkOffset);
        if (stop < 0) break;
        i = stop;
        lineOffset = chunkOffset + i;
        // after the value, the rest of its line is a tail; a fence that cut it short is a line of its own
        lineIsTail = !splitter.aborted;
        continue;
      }
      const newline = chunk.indexOf('\n', i);
      const end = newline < 0 ? chunk.length : newline;
      if (end > i) {
        lineParts.push(chunk.slice(i, end));
        if (head.length < HEAD_LIMIT) head += chunk.slice(i, Math.min(end, i + HEAD_LIMIT - head.length));
      }
      if (newline >= 0) {
        completeLine();
        i = newline + 1;
        continue;
      }
      i = chunk.length;
      if (!lineIsTail && lines.peek(head)) {
        const text = lineParts.join('');
        const start = text.search(/\S/);
        lineParts = [];
        head = '';
        const stop = startJson(text.slice(start), lineOffset + start, 'json');
        if (stop >= 0) {
          lineIsTail = true;
          lineOffset += start + stop;
        }
      }
    }
    return drain();
  }

  function drain(): PlanCall[] {
    if (fresh.length === 0) return [];
    const out = fresh;
    fresh = [];
    return out;
  }

  function end(): PlanCall[] {
    if (json) {
      const open = json.openPiece();
      if (open !== null && open.trim() !== '') rejectTruncated(open);
      else repairs.push({ kind: 'truncated' });
      if (json.sawCallArray) planDeclared = true;
      json = null;
    } else if (lineParts.length > 0) completeLine(true);
    lines.end();
    return drain();
  }

  return {
    push,
    end,
    result: () => ({ ok: planDeclared || calls.length > 0 || rejected.length > 0, calls, repairs, rejected }),
  };
}
