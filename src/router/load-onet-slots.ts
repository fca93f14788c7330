import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Slots } from './expand-template.ts';

const ONET_DIR = resolve(import.meta.dirname, '../../data/onet');
/** One alternate title in this many: ~1,400 singular job titles across every occupation. */
const ALTERNATE_TITLE_STRIDE = 40;

function rows(file: string): string[][] {
  return readFileSync(resolve(ONET_DIR, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'));
}

/**
 * Job titles and hot technologies from the bundled O*NET database, so templates meet the whole
 * vocabulary of work and not only the few titles written out in slots.yaml.
 */
export function loadOnetSlots(): Slots {
  const title = rows('alternate-titles.txt')
    .filter((_, i) => i % ALTERNATE_TITLE_STRIDE === 0)
    .map((row) => row[1] ?? '')
    .filter((text) => text.length > 0 && text.length < 40);
  const skill = [
    ...new Set(
      rows('technology-skills.txt')
        .filter((row) => row[4] === 'Y')
        .map((row) => row[1] ?? ''),
    ),
  ].filter((text) => text.length > 0 && text.length < 30);
  return { title, skill };
}
