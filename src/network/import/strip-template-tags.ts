const COMMENT_BLOCK = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;
const TAG = /\{%-?\s*([A-Za-z_]+)([\s\S]*?)-?%\}/g;
/** A tag alone on its line: when it renders to nothing, the line goes too, so no stray indentation is left. */
const TAG_LINE = /^([ \t]*)\{%-?\s*([A-Za-z_]+)([\s\S]*?)-?%\}[ \t]*(\r?\n|$)/gm;
const OUTPUT = /\{\{-?([\s\S]*?)-?\}\}/g;
const QUOTED = /"([^"]*)"|'([^']*)'/g;

/** Quoted arguments of a tag, in order: `{% alert "Note" "info" %}` → ['Note', 'info']. */
function quotedArguments(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1] ?? m[2] ?? '');
}

function tagText(name: string, rest: string): string {
  const [first = '', second] = quotedArguments(rest);
  switch (name) {
    case 'page':
    case 'link':
    case 'download':
      return first;
    case 'slack_channel':
      return second || `#${first}`;
    case 'alert':
      return first ? `${first}\n` : '';
    default:
      return '';
  }
}

/**
 * Replaces the Liquid/Nunjucks tags of the 18F sites with the text a reader would see:
 * page/link shortcodes and `{{ "/path/" | url }}` become their path (they sit in link
 * destinations), Slack channel shortcodes become `#channel` (or their label), alert titles are
 * kept, and every other tag (images, includes, raw, loops, comments) disappears.
 */
export function stripTemplateTags(source: string): string {
  return source
    .replace(COMMENT_BLOCK, '')
    .replace(TAG_LINE, (_whole, indent: string, name: string, rest: string, end: string) => {
      const text = tagText(name, rest);
      return text ? `${indent}${text}${end}` : '';
    })
    .replace(TAG, (_whole, name: string, rest: string) => tagText(name, rest))
    .replace(OUTPUT, (_whole, expression: string) => {
      const [literal] = quotedArguments(expression);
      return literal !== undefined && /\|\s*url\b/.test(expression) ? literal : '';
    });
}
