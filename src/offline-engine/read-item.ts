import type { FencedItem } from '../prompts/prompt-markers.ts';
import { clip } from '../skills/render-lines.ts';

const HEADLINE_CHARS = 180;
const SENTENCE_CHARS = 260;

// Skills start their first line with the entity's own id, e.g. "[job_id 42] " or "[slug x] ".
const LEADING_ID = /^\[[\w]+ [^\]]+\]\s*/;
const LABELLED_LINE = /^([a-z][\w ]{0,30}):\s+(.*)$/i;

// Retrieved text is quoted, never obeyed: a sentence addressed to the assistant is left out, and
// anything shaped like a citation loses its brackets so only the dossier's own labels cite.
const ADDRESSED_TO_ASSISTANT =
  /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules)\b|\b(system prompt|you are now|as an ai)\b/i;
const CITATION_SHAPED = /\[([a-z]+):([^\]\s]*)\]/gi;

// Skills' internal ids inside a line ("(company_id 42)") mean nothing to the member: the citation says it.
const INNER_ID = /\s*[([](?:\w+_id|onet_code|slug|url) [^)\]]*[)\]]/g;

function quote(text: string): string {
  return text.replace(INNER_ID, '').replace(CITATION_SHAPED, '$1 $2').trim();
}

function lines(item: FencedItem): string[] {
  return item.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The item's first line without its id prefix: title, company, place, the one-line summary. */
export function headline(item: FencedItem): string {
  return clip(quote((lines(item)[0] ?? '').replace(LEADING_ID, '')), HEADLINE_CHARS);
}

/**
 * The entities an item lists, one line each: a search result rendered as one item holds several
 * ("[job_id 1] …", "[job_id 2] …"), a single entity holds one, its headline.
 */
export function entries(item: FencedItem, limit: number): string[] {
  const listed = lines(item).filter((line) => LEADING_ID.test(line));
  const chosen = listed.length > 0 ? listed.slice(0, limit) : [lines(item)[0] ?? ''];
  return chosen.map((line) => clip(quote(line.replace(LEADING_ID, '')), HEADLINE_CHARS));
}

/** The value of a `name: value` line, e.g. `field(item, 'missing')`. */
export function field(item: FencedItem, name: string): string | undefined {
  for (const line of lines(item)) {
    const match = LABELLED_LINE.exec(line);
    if (match && match[1]?.toLowerCase() === name) return quote(match[2]?.trim() ?? '');
  }
  return undefined;
}

/** A comma-separated field as a list, "(hot)" marks and "none" left out. */
export function listField(item: FencedItem, name: string): string[] {
  const value = field(item, name);
  if (!value || /^none\b/i.test(value)) return [];
  return value
    .split(/,\s*/)
    .map((entry) => entry.replace(/\s*\(hot\)$/, '').trim())
    .filter(Boolean);
}

/**
 * Whole sentences of the item's prose (the lines after the first, label prefixes such as `body:`
 * dropped), each long enough to say something and clipped: the raw material of extractive answers.
 */
export function sentences(item: FencedItem, limit: number): string[] {
  const all = lines(item);
  const prose = (all.length > 1 ? all.slice(1) : all)
    .map((line) => {
      const labelled = LABELLED_LINE.exec(line);
      return labelled && /^(body|description|about|excerpt|snippet|summary)$/i.test(labelled[1] ?? '')
        ? (labelled[2] ?? '')
        : labelled
          ? ''
          : line;
    })
    .join(' ');
  return prose
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
    .filter((sentence) => !ADDRESSED_TO_ASSISTANT.test(sentence))
    .map((sentence) => clip(quote(sentence), SENTENCE_CHARS))
    .filter((sentence) => sentence.split(' ').length >= 6)
    .slice(0, limit);
}
