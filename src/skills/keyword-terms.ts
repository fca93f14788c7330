// Words for keyword matching: lower-cased, stop words dropped, crudely stemmed so that "jobs",
// "job" and "jobs'" meet, as do "hiring"/"hire" and "salaries"/"salary".

const STOP_WORDS = new Set(
  (
    'a about above after again all am an and any are as at be been being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers ' +
    'him his how i if in into is it its itself just me more most my myself no nor not now of off on once ' +
    'only or other our ours out over own same she should so some such than that the their theirs them then ' +
    'there these they this those through to too under until up very was we were what when where which while ' +
    'who whom why will with would you your yours s t d ll m re ve im id please tell show give find get want ' +
    'like know anyone anybody someone something thing things'
  ).split(' '),
);

export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3).replace(/(.)\1$/, '$1');
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2).replace(/(.)\1$/, '$1');
  if (word.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** Stemmed content words of the text, in order, duplicates kept. */
export function keywordTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !STOP_WORDS.has(word) && !/^\d+$/.test(word))
    .map(stem);
}
