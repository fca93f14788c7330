import { estimateTokens } from './estimate-tokens.ts';

/**
 * Joins rendered lines until the token budget is spent, ending with a note of how many lines were
 * left out, so the LLM knows the list goes on. The first line (the heading) is always kept.
 */
export function renderLines(lines: readonly string[], maxTokens: number): string {
  const kept: string[] = [];
  let tokens = 0;
  for (const [index, line] of lines.entries()) {
    const cost = estimateTokens(line) + 1;
    if (index > 0 && tokens + cost > maxTokens - 8) {
      kept.push(`… ${lines.length - index} more line(s) omitted`);
      break;
    }
    kept.push(line);
    tokens += cost;
  }
  return kept.join('\n');
}

/** The text cut at a word boundary to about `maxChars`, with an ellipsis when cut; whitespace collapsed. */
export function clip(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "Austin, TX" from parts; null parts skipped. */
export function joinPlace(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(', ');
}

/** Search snippets mark matched terms «like this»; the LLM needs the text only. */
export function unmark(snippet: string): string {
  return snippet.replace(/[«»]/g, '');
}
