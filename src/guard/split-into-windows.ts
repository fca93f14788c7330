/** Words per window; each window overlaps the next by half. */
const WINDOW_WORDS = 48;

/**
 * What the guard scores, keeping the worst: the text itself, then, when it is longer than a window,
 * overlapping slices of 48 words cut from the original text (markup and line breaks kept). An
 * injection is often a sentence or two in a long job description, where the page's own words would
 * outvote it.
 */
export function splitIntoWindows(text: string): string[] {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= WINDOW_WORDS) return [text];
  const windows = [text];
  const stride = WINDOW_WORDS / 2;
  for (let start = 0; start < words.length - stride; start += stride) {
    const first = words[start] as RegExpExecArray;
    const last = words[Math.min(start + WINDOW_WORDS, words.length) - 1] as RegExpExecArray;
    windows.push(text.slice(first.index, last.index + last[0].length));
  }
  return windows;
}
