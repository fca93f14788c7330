/**
 * `dossier parse-calls --skills FILE [--stream-chunk N]`: the defensive plan parser as a batch command.
 *
 * FILE is a JSON array of skills, `{name, description, args: <JSON Schema object>}`. Standard input is
 * JSON Lines, `{id, text}`; standard output has one JSON line per input line, in order:
 * `{id, ok, calls: [{skill, args, emittedAt?}], repairs: [{kind, detail?}], rejected: [{skill, reason, detail}], error?}`.
 *
 * `ok` is true when the text held a plan: a `calls` key (even an empty list) or at least one call,
 * accepted or rejected. It is false for text with no plan in it (prose only, a reasoning block that
 * never closed, output cut before its first call ended) and for a bad input line, which also gets
 * `error` (not JSON, or no string `text`); the lines after it go on.
 *
 * With `--stream-chunk N` each text is fed to the incremental parser N characters at a time, and each
 * call carries `emittedAt`: how many characters had been fed when the call was emitted.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPlanStreamParser } from '../../plan-parser/create-plan-stream-parser.ts';
import { parseSkills } from '../../plan-parser/parse-skills.ts';
import type { PlanCall, PlanParseResult, Skill } from '../../plan-parser/types.ts';

const inputLine = z.object({ id: z.unknown().optional(), text: z.string() });

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { skills: { type: 'string' }, 'stream-chunk': { type: 'string' } },
  });
  if (!values.skills) {
    console.error(
      'usage: dossier parse-calls --skills FILE [--stream-chunk N]  (JSON Lines {id, text} on stdin)',
    );
    return 2;
  }
  const chunk = values['stream-chunk'] === undefined ? undefined : Number(values['stream-chunk']);
  if (chunk !== undefined && !(Number.isInteger(chunk) && chunk > 0)) {
    console.error(`--stream-chunk must be a positive integer, not '${values['stream-chunk']}'`);
    return 2;
  }
  const skills = parseSkills(JSON.parse(readFileSync(values.skills, 'utf8')));
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    const output = `${JSON.stringify(answer(line, skills, chunk))}\n`;
    if (!process.stdout.write(output)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return 0;
}

function answer(line: string, skills: Skill[], chunk: number | undefined): object {
  let input: z.infer<typeof inputLine>;
  try {
    const parsed = inputLine.safeParse(JSON.parse(line));
    if (!parsed.success) {
      const id = (JSON.parse(line) as { id?: unknown } | null)?.id ?? null;
      return failed(id, `bad input line: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`);
    }
    input = parsed.data;
  } catch {
    return failed(null, 'bad input line: not JSON');
  }
  const result = parse(input.text, skills, chunk);
  return {
    id: input.id ?? null,
    ok: result.ok,
    calls: result.calls.map(({ skill, args, emittedAt }) =>
      chunk ? { skill, args, emittedAt } : { skill, args },
    ),
    repairs: result.repairs,
    rejected: result.rejected,
  };
}

function parse(text: string, skills: Skill[], chunk: number | undefined): PlanParseResult {
  const parser = createPlanStreamParser({ skills });
  const size = chunk ?? Math.max(text.length, 1);
  const calls: PlanCall[] = [];
  for (let start = 0; start < text.length; start += size)
    calls.push(...parser.push(text.slice(start, start + size)));
  calls.push(...parser.end());
  return { ...parser.result(), calls };
}

function failed(id: unknown, error: string): object {
  return { id, ok: false, calls: [], repairs: [], rejected: [], error };
}
