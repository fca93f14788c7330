const DROPPED_ELEMENTS = /<(head|script|style|iframe|svg|noscript)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g;
const LINE_BREAK_TAG = /^<br\b/i;
const BLOCK_END_TAG =
  /^<\/(p|div|li|h[1-6]|figcaption|figure|tr|table|blockquote|ul|ol|section|details|summary)\b/i;

/**
 * Turns an HTML or JSX fragment into its text: drops comments, `<head>`/`<script>`-like elements
 * and every tag (attributes may hold quoted strings or JSX `{...}` expressions), keeps `<br>` as a
 * line break and ends block elements with a blank line, and decodes character references.
 */
export function stripHtml(html: string): string {
  const source = html.replace(COMMENTS, '').replace(DROPPED_ELEMENTS, '');
  let text = '';
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    const next = source[i + 1] ?? '';
    if (char === '<' && /[A-Za-z/!]/.test(next)) {
      const end = tagEnd(source, i);
      const tag = source.slice(i, end);
      if (LINE_BREAK_TAG.test(tag)) text += '\n';
      else if (BLOCK_END_TAG.test(tag)) text += '\n\n';
      i = end;
    } else {
      text += char;
      i++;
    }
  }
  return decodeCharacterReferences(text);
}

/** Index just past the `>` closing the tag opened at `start`, skipping quoted and `{...}` attribute values. */
function tagEnd(source: string, start: number): number {
  let quote: string | null = null;
  let braces = 0;
  for (let i = start + 1; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      // An apostrophe in text after a stray `<` must not swallow the rest of the document.
      if (braces > 0 || /[=\s]/.test(source[i - 1] ?? '')) quote = char;
    } else if (char === '{') braces++;
    else if (char === '}') braces = Math.max(0, braces - 1);
    else if (char === '>' && braces === 0) return i + 1;
  }
  return source.length;
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  rarr: '→',
  larr: '←',
};

/** Decodes numeric references and the named ones that occur in the bundled pages; unknown names stay as written. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}
