/** Digits and symbols that stand in for letters ("1gn0r3 pr3v10u5 1n5truct10n5"). */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
/** Cyrillic and Greek letters that look like Latin ones; NFKC leaves them alone. */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  ν: 'v',
};
const INVISIBLE = /[\u00ad\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const LEET_CHARS = /[013457@$!|]/;
const LEET_WORD = /^[\p{L}013457@$!|]+$/u;

/**
 * A word spelled with stand-in digits or symbols ("pr3v10us", "p@ssw0rd"), with its surrounding
 * quotes and punctuation kept. Left alone: tokens with fewer than two letters or with other
 * characters inside ("401(k)", "$100k", "B2B", "5+"), which are ordinary text.
 */
function unLeet(token: string): string {
  const [, before = '', middle = '', after = ''] = /^([("'“‘[]*)(.*?)([)"'”’.,;:?!\]]*)$/u.exec(token) ?? [];
  if (!LEET_WORD.test(middle) || !LEET_CHARS.test(middle)) return token;
  if ((middle.match(/\p{L}/gu)?.length ?? 0) < 2) return token;
  return `${before}${middle.replace(/[013457@$!|]/g, (char) => LEET[char] ?? char)}${after}`;
}

/**
 * The text with common obfuscations undone, so that "I.G.N.O.R.E", "ｉｇｎｏｒｅ", "1gn0r3" and
 * "іgnore" (Cyrillic і) all read "ignore": NFKC (full-width, ligatures), invisible characters
 * removed, look-alike letters mapped, leetspeak undone inside words, and runs of four or more
 * single letters ("i g n o r e", "i-g-n-o-r-e") joined. Case and punctuation are kept: the cues
 * read markup such as `<!--` and `[system]`.
 */
export function deobfuscateText(text: string): string {
  const plain = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[а-яёіјѕα-ω]/giu, (char) => {
      const lower = char.toLowerCase();
      const latin = LOOKALIKES[lower];
      return latin === undefined ? char : char === lower ? latin : latin.toUpperCase();
    });
  const unLeeted = plain.replace(/\S+/g, unLeet);
  return unLeeted.replace(/(?<![\p{L}'’])\p{L}(?:[ ._\-*]\p{L}\b){3,}/gu, (run) =>
    run.replace(/[ ._\-*]/g, ''),
  );
}
