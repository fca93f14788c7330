import type { SkillVocabulary } from './skill-vocabulary.ts';
import { tokenize } from './tokenize.ts';
import { WELL_KNOWN_ALIASES } from './well-known-aliases.ts';

/** How an alias must be written in the text to count. */
export type AliasCasing =
  /** "Excel", "Python", "DeCipher": capitalised, not all capitals, so neither "excel at sales" nor "ADA" match. */
  | 'capitalised'
  /** "SQL", "AWS": all capitals. */
  | 'upper'
  /** "Visual Studio", "Loss Prevention": a vendor-less form made only of English words, every word capitalised. */
  | 'title'
  /** "C++", "eBuy", "Node.js", "Amazon Web Services": distinctive in any case. */
  | 'any';

export interface SkillAlias {
  /** Lowercase token keys, as `tokenize` produces them. */
  keys: string[];
  casing: AliasCasing;
  /** The canonical O*NET technology name. */
  skill: string;
  /** False for the full technology name itself; true for a derived short form. */
  derived: boolean;
}

/** Generic trailing words O*NET appends to product names: "Salesforce software". */
const GENERIC_SUFFIX = /\s+software$/i;
/** Lowercase words allowed inside a proper name: "Visual Basic for Applications". */
const FUNCTION_WORDS = new Set(['for', 'of', 'and', 'the', 'on', 'in', 'to', 'by', 'with']);
/** A leading word that starts at least this many technology names is a vendor ("Microsoft", "Adobe"). */
const MIN_VENDOR_PRODUCTS = 3;
/**
 * An abbreviation alone ("SQL") stands for a technology only when it is Hot or this many occupations
 * list it: niche tools' abbreviations mostly mean something else in postings ("FSA", "ATS", "SMS").
 */
const MIN_ABBREVIATION_OCCUPATIONS = 3;
/** Vendors' common abbreviations in postings: "MS Excel". */
const VENDOR_ABBREVIATIONS: Readonly<Record<string, string>> = { microsoft: 'MS' };

/**
 * Every way a posting may name each technology: the full O*NET name, without its vendor
 * ("Microsoft Excel" → "Excel", "MS Excel"), without a generic "software" suffix ("Salesforce
 * software" → "Salesforce"), and by or without its trailing abbreviation ("Structured query language
 * SQL" → "SQL", "Structured query language"), plus `WELL_KNOWN_ALIASES`. One-word forms that are
 * everyday English words or shorter than three characters ("R", "Go", "Word", "Teams") are left out,
 * and so are vendor-less abbreviations ("Blackbaud CRM" → "CRM"), which name a kind of product.
 */
export function skillAliases({ technologies, englishWords }: SkillVocabulary): SkillAlias[] {
  const vendors = findVendors(
    technologies.map((t) => t.name),
    englishWords,
  );
  const aliases: SkillAlias[] = [];
  for (const { name, occupations, hot } of technologies) {
    // Each form, and whether it dropped the vendor ("Visual Studio"): such forms of plain English
    // words must be written in title case to count.
    const forms = new Map<string, boolean>();
    const addForms = (form: string, vendorless: boolean) => {
      forms.set(form, vendorless);
      const withoutSuffix = form.replace(GENERIC_SUFFIX, '');
      if (withoutSuffix !== form && isProperName(withoutSuffix)) forms.set(withoutSuffix, vendorless);
      for (const short of abbreviationForms(withoutSuffix, englishWords)) {
        if (short.includes(' ') || hot || occupations >= MIN_ABBREVIATION_OCCUPATIONS)
          forms.set(short, vendorless);
      }
    };
    addForms(name, false);
    const [first = '', ...rest] = name.split(/\s+/);
    const product = rest.join(' ');
    if (vendors.has(first) && isProperName(product) && !/^\p{Lu}+$/u.test(product)) {
      addForms(product, true);
      const abbreviation = VENDOR_ABBREVIATIONS[first.toLowerCase()];
      if (abbreviation) addForms(`${abbreviation} ${product}`, false);
    }
    for (const [form, skill] of Object.entries(WELL_KNOWN_ALIASES))
      if (skill === name) forms.set(form, false);
    for (const [form, vendorless] of forms) {
      const tokens = tokenize(form);
      const only = tokens.length === 1 ? tokens[0] : undefined;
      if (tokens.length === 0 || (only && !isDistinctiveWord(only.text, englishWords))) continue;
      // Product names of plain English words ("Front Desk", "Constant Contact", "Visual Studio") are
      // ordinary phrases too: they must be written in title case, and two-word ones must be Hot.
      const plainName =
        !only && tokens.every((t) => englishWords.has(t.key)) && (vendorless || isProperName(form));
      if (plainName && tokens.length <= 2 && !hot) continue;
      aliases.push({
        keys: tokens.map((t) => t.key),
        casing: only ? casingOf(only.text) : plainName ? 'title' : 'any',
        skill: name,
        derived: form !== name,
      });
    }
  }
  return aliases;
}

function findVendors(names: readonly string[], englishWords: ReadonlySet<string>): Set<string> {
  const products = new Map<string, number>();
  for (const name of names) {
    const [first = '', second] = name.split(/\s+/);
    if (second !== undefined) products.set(first, (products.get(first) ?? 0) + 1);
  }
  for (const [word, count] of products) {
    if (count < MIN_VENDOR_PRODUCTS || !/^\p{Lu}/u.test(word) || !isDistinctiveWord(word, englishWords)) {
      products.delete(word);
    }
  }
  return new Set(products.keys());
}

/** Every word capitalised (or a function word): a product name, not a generic category like "operating system". */
function isProperName(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    /^[\p{Lu}\p{N}.]/u.test(words[0] ?? '') &&
    words.every((word) => /^[\p{Lu}\p{N}.(]/u.test(word) || FUNCTION_WORDS.has(word))
  );
}

/**
 * "Amazon Web Services AWS" → "AWS" and "Amazon Web Services". The trailing all-capitals word is an
 * abbreviation when it has three or more characters, starts with the first word's initial, ends with
 * a letter of the last word, and its letters appear in order in the two or more words before it
 * ("HTML" in "Hypertext markup language"; "XML" in "eXtensible markup language").
 */
function abbreviationForms(form: string, englishWords: ReadonlySet<string>): string[] {
  const words = form.split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/^\((.*)\)$/, '$1');
  const before = words.slice(0, -1);
  if (before.length < 2 || !/^[\p{Lu}\p{N}]{3,}$/u.test(last) || (last.match(/\p{Lu}/gu)?.length ?? 0) < 2) {
    return [];
  }
  const letters = last.toLowerCase();
  const firstWord = (before[0] ?? '').toLowerCase();
  const startsRight = firstWord[0] === letters[0] || (letters[0] === 'x' && firstWord.startsWith('ex'));
  if (
    englishWords.has(letters) ||
    !startsRight ||
    !(before.at(-1) ?? '').toLowerCase().includes(letters.at(-1) ?? '') ||
    !isSubsequence(letters, before.join('').toLowerCase())
  ) {
    return [];
  }
  return [last, before.join(' ')];
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A one-word alias is safe alone when it is not everyday English and has 3+ characters or a symbol ("C#"). */
function isDistinctiveWord(word: string, englishWords: ReadonlySet<string>): boolean {
  const key = word.toLowerCase();
  if (englishWords.has(key)) return false;
  return /[^\p{L}\p{N}]/u.test(word) ? key.length >= 2 : key.length >= 3;
}

function casingOf(word: string): AliasCasing {
  if (/^\p{Lu}+$/u.test(word)) return 'upper';
  if (/^\p{Lu}.*\p{Ll}/u.test(word)) return 'capitalised';
  return 'any';
}
