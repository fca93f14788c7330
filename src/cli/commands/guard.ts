/**
 * `dossier guard [--model FILE]`: the input guard as a batch command.
 *
 * Standard input is JSON Lines, `{id, text, source?: "user"|"retrieved"}`; standard output has one
 * line per input line, in order: `{id, verdict: "allow"|"block", score, reasons}`, or `{id?, error}`
 * for a bad line, and the rest go on. `score` is the calibrated probability of an attack; `reasons`
 * names the strongest evidence when the verdict is `block`. A `source` other than the two values
 * (e.g. a dataset's provenance string) is read as not given: the text is judged as a member's message.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { GUARD_SOURCES } from '../../guard/guard-input.ts';
import { type GuardModel, loadGuardModel } from '../../guard/guard-model.ts';
import { judgeText } from '../../guard/judge-text.ts';
import { parseJsonLine } from '../parse-json-line.ts';

const inputLine = z.object({
  id: z.unknown().optional(),
  text: z.string(),
  source: z
    .unknown()
    .optional()
    .transform((value) => GUARD_SOURCES.find((source) => source === value)),
});

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { model: { type: 'string' } } });
  const model = loadGuardModel(values.model);
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    const output = `${JSON.stringify(answer(line, model))}\n`;
    if (!process.stdout.write(output)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return 0;
}

function answer(line: string, model: GuardModel): object {
  const parsed = parseJsonLine(line, inputLine);
  if ('bad' in parsed) return parsed.bad;
  const { id, text, source } = parsed.data;
  const { verdict, score, reasons } = judgeText(model, { text, source });
  return { id: id ?? null, verdict, score: Number(score.toFixed(4)), reasons };
}
