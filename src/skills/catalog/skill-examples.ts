import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

// Typical member requests per skill, for discovery (kNN over examples, create-skill-index.ts).
// Kept in a data file because there are 20–30 per skill. None may copy or nearly copy a request
// of the discovery sets (checked in create-skill-registry.test.ts).

const EXAMPLES_PATH = resolve(import.meta.dirname, 'skill-examples.json');

const examplesSchema = z.record(z.string(), z.array(z.string().min(1)).min(1));

let loaded: Record<string, string[]> | undefined;

export function skillExamples(skillName: string): string[] {
  loaded ??= examplesSchema.parse(JSON.parse(readFileSync(EXAMPLES_PATH, 'utf8')));
  const examples = loaded[skillName];
  if (!examples) throw new Error(`${EXAMPLES_PATH}: no examples for skill "${skillName}"`);
  return examples;
}
