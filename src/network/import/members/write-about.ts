import type { SeededRandom } from './seeded-random.ts';

export interface AboutFacts {
  title: string;
  company: string;
  city: string;
  years: number;
  /** O*NET's plural occupation title, e.g. "Software Developers". */
  occupation: string;
  /** O*NET describes occupations and tasks in the imperative ("Develop and maintain..."), which reads as first person. */
  description: string;
  tasks: readonly string[];
  skills: readonly string[];
}

type Sentence = (facts: AboutFacts) => string;

const OPENINGS: Sentence[] = [
  (f) =>
    `${article(f.title)} ${f.title} with ${experience(f.years)} of experience, currently at ${f.company}.`,
  (f) => `I'm ${article(f.title).toLowerCase()} ${f.title} at ${f.company}, based in ${f.city}.`,
  (f) =>
    `${upperFirst(experience(f.years))} into my career and still enjoying the work: today I'm ${article(f.title).toLowerCase()} ${f.title} at ${f.company}.`,
  (f) => `${f.title} at ${f.company} in ${f.city}, with ${experience(f.years)} behind me.`,
];
const ROLE: Sentence[] = [
  (f) => `In short, I ${lowerFirst(firstSentence(f.description))}`,
  (f) => `My work comes down to this: I ${lowerFirst(firstSentence(f.description))}`,
];
const TASKS: Sentence[] = [
  (f) => `Day to day, I ${joinClauses(f.tasks)}.`,
  (f) => `Most weeks I ${joinClauses(f.tasks)}.`,
  (f) => `Recently I have spent my time on two things: I ${joinClauses(f.tasks)}.`,
];
const SKILLS: Sentence[] = [
  (f) => `My toolkit includes ${list(f.skills)}.`,
  (f) => `I work mostly with ${list(f.skills)}.`,
  (f) => `Tools I know well: ${list(f.skills)}.`,
];
const CLOSINGS: Sentence[] = [
  (f) => `Always happy to connect with fellow ${f.occupation.toLowerCase()}.`,
  () => 'Happy to swap notes with anyone working on similar problems.',
  (f) => `Based in ${f.city}; glad to meet people in the area.`,
];
/**
 * A short first-person "about" text from the member's occupation, tasks and skills, with varied phrasing.
 * It never mentions job seeking: open-to-work is private, and public text must not reveal it.
 */
export function writeAbout(facts: AboutFacts, random: SeededRandom): string {
  const sentences = [random.pick(OPENINGS)(facts)];
  if (random.chance(0.5)) sentences.push(random.pick(ROLE)(facts));
  if (facts.tasks.length > 0) sentences.push(random.pick(TASKS)(facts));
  if (facts.skills.length > 0) sentences.push(random.pick(SKILLS)(facts));
  sentences.push(random.pick(CLOSINGS)(facts));
  // A company name ending in "Inc." must not end its sentence with a second full stop.
  return sentences.join(' ').replace(/\.\.(\s|$)/g, '.$1');
}

function experience(years: number): string {
  return years === 1 ? 'one year' : `${years} years`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'An' : 'A';
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? `${text}.` : text.slice(0, end + 1);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Task statements joined into one sentence: "review code and write tests". */
function joinClauses(tasks: readonly string[]): string {
  return list(tasks.map((task) => lowerFirst(task.replace(/\.\s*$/, ''))));
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
