import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROUTE_AGENTS } from './agents.ts';
import type { LabelledExample } from './labelled-example.ts';
import { loadClinc } from './load-clinc.ts';
import { routeInputSchema } from './route-input.ts';

export const DEV_SET_FILE = resolve(import.meta.dirname, 'dev-set.yaml');

const devSetSchema = z.array(routeInputSchema.extend({ agent: z.enum(ROUTE_AGENTS) }));

/** The held-out evaluation sets: the hand-written dev set, and CLINC150's `val` split (all out_of_scope). */
export function loadDevSet(file = DEV_SET_FILE): {
  handWritten: LabelledExample[];
  clincVal: LabelledExample[];
} {
  const rows = devSetSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  return {
    handWritten: rows.map(({ agent, ...input }) => ({ input, agent, weight: 1, group: input.query })),
    clincVal: loadClinc().val.map((query) => ({
      input: { query },
      agent: 'out_of_scope',
      weight: 1,
      group: query,
    })),
  };
}

/** Every dev-set query, hand-written and CLINC150 `val`: what training must leave out. */
export function devSetQueries(file = DEV_SET_FILE): string[] {
  const { handWritten, clincVal } = loadDevSet(file);
  return [...handWritten, ...clincVal].map((example) => example.input.query);
}
