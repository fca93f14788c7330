import type { Nodes, Parent, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { stripHtml } from './strip-html.ts';
import { stripTemplateTags } from './strip-template-tags.ts';

const MDX_IMPORT_OR_EXPORT =
  /^(?:import\s[^\n]*?\sfrom\s+['"][^'"\n]+['"]|export\s+(?:const|default|function)\s[^\n]*);?[ \t]*$/gm;
const MDX_HEAD = /<head>[\s\S]*?<\/head>/gi;
/** Heading ids `{#plan}` and kramdown attribute lists `{: .usa-button}`, `{.float-left .padding-2}`. */
const ATTRIBUTE_LIST = /[ \t]*\{:?[ \t]*[.#][\w-]+(?:[ \t]+[.#][\w-]+)*[ \t]*\}/g;
/** Stands for a hard line break inside a paragraph until soft breaks have been joined into spaces. */
const HARD_BREAK = '\u2028';
const TABLE_DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/**
 * Converts Markdown, MDX or Liquid-templated Markdown (with raw HTML) into plain text:
 * paragraphs, headings, list items and code blocks are kept as blocks separated by a blank line,
 * links keep their text, images, imports, JSX components and template tags disappear.
 */
export function markdownToText(source: string): string {
  const markdown = stripTemplateTags(source)
    .replace(MDX_HEAD, '')
    .replace(MDX_IMPORT_OR_EXPORT, '')
    .replace(ATTRIBUTE_LIST, '');
  const blocks = blocksOf(fromMarkdown(markdown));
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

function blocksOf(node: Nodes): string[] {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      return node.children.flatMap(blocksOf);
    case 'list':
      return [node.children.map((item) => item.children.flatMap(blocksOf).join('\n')).join('\n')];
    case 'paragraph':
    case 'heading':
      return [paragraphText(inlineText(node))];
    case 'code':
      return [node.value];
    case 'html':
      // CommonMark keeps Markdown lines that follow an HTML tag inside the HTML block (and MDX
      // renders Markdown inside JSX), so what is left once the tags are gone is Markdown again.
      return blocksOf(fromMarkdown(stripHtml(node.value).replace(/^[ \t]+/gm, '')));
    default:
      return [];
  }
}

function inlineText(node: Parent): string {
  return node.children.map((child) => phrasingText(child as PhrasingContent)).join('');
}

function phrasingText(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return HARD_BREAK;
    case 'html':
      return stripHtml(node.value).replaceAll('\n', HARD_BREAK);
    case 'image':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? inlineText(node) : '';
  }
}

/** A paragraph's soft line breaks become spaces; one written as a Markdown table becomes one line per row. */
function paragraphText(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  if (lines.length > 1 && lines[0]?.startsWith('|') && TABLE_DELIMITER_ROW.test(lines[1] ?? '')) {
    return lines
      .filter((line) => !TABLE_DELIMITER_ROW.test(line))
      .map((row) =>
        row
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== '')
          .join('; '),
      )
      .join('\n');
  }
  return joinLines(text);
}

function joinLines(text: string): string {
  return text
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(new RegExp(`\\s*${HARD_BREAK}\\s*`, 'g'), '\n')
    .trim();
}
