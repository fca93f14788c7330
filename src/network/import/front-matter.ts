import { parse } from 'yaml';

export interface FrontMatterDocument {
  /** The parsed YAML mapping; `{}` when the file has no front matter. Validate it with zod before use. */
  data: unknown;
  /** Everything after the closing `---`. */
  body: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const QUOTED_VALUE_START = /^\s*(?:-\s+|[^\s#'"][^:]*:\s+)(["'])/;

/** Splits a Markdown file into its YAML front matter and body. */
export function readFrontMatter(source: string): FrontMatterDocument {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { data: {}, body: source };
  const yaml = indentQuotedContinuationLines(match[1] ?? '');
  return { data: parse(yaml) ?? {}, body: source.slice(match[0].length) };
}

/**
 * Jekyll's YAML parser accepts a quoted value that wraps onto unindented lines
 * (`title: "... at your\nfingertips"`); YAML 1.2 does not, so those lines are indented.
 */
export function indentQuotedContinuationLines(yaml: string): string {
  let openQuote: string | null = null;
  return yaml
    .split('\n')
    .map((line) => {
      if (openQuote) {
        const continued = `  ${line}`;
        openQuote = quoteStillOpen(line, 0, openQuote);
        return continued;
      }
      const start = QUOTED_VALUE_START.exec(line);
      if (start?.[1]) openQuote = quoteStillOpen(line, start[0].length, start[1]);
      return line;
    })
    .join('\n');
}

/** Scans `line` from `from` inside a `quote`-delimited scalar; returns the quote if it is still open at the end. */
function quoteStillOpen(line: string, from: number, quote: string): string | null {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (quote === '"' && char === '\\') i++;
    else if (char === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return null;
    }
  }
  return quote;
}
