import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

export const CLINC_FILE = resolve(import.meta.dirname, '../../data/clinc/clinc150-train-val.json');

const clincFileSchema = z.object({
  train: z.array(z.tuple([z.string(), z.string()])),
  val: z.array(z.tuple([z.string(), z.string()])),
  oos_train: z.array(z.tuple([z.string(), z.string()])),
  oos_val: z.array(z.tuple([z.string(), z.string()])),
});

/**
 * CLINC150's utterances, all of them negatives for Dossier: its ten domains (banking, travel, the
 * "work" domain's HR and payroll admin, small talk...) and its out-of-scope set are things the
 * assistant does not serve (README.md says why for each "work" intent). `train` feeds training;
 * `val` is held out for the dev set.
 */
export function loadClinc(file = CLINC_FILE): { train: string[]; val: string[] } {
  const data = clincFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return {
    train: [...data.train, ...data.oos_train].map(([text]) => text),
    val: [...data.val, ...data.oos_val].map(([text]) => text),
  };
}
