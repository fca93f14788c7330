import cliProgress from 'cli-progress';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { jsonrepair } from 'jsonrepair';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { percentile } from '../src/network/api/percentile.ts';
import { createPlanStreamParser } from '../src/plan-parser/create-plan-stream-parser.ts';
import { parsePlan } from '../src/plan-parser/parse-plan.ts';
import { caseProblems, silentlyWrong } from '../src/plan-parser/testing/check-case.ts';
import { type CorpusCase, loadCorpus, loadCorpusSkills } from '../src/plan-parser/testing/load-corpus.ts';
import { type PlanStyle, planArbitrary } from '../src/plan-parser/testing/plan-arbitrary.ts';
import { zodFromJsonSchema } from '../src/plan-parser/testing/zod-from-json-schema.ts';
import type { PlanCall, Skill } from '../src/plan-parser/types.ts';
import type { Benchmark } from './benchmarks.ts';

const PLANS = 2_000;
const RUNS = 7;
const CHUNK_SIZES = [1, 8, 64];

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  ) ?? Number.NaN;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Valid plans, the same every run: YAML block (what the prompt asks for) and JSON, as models write them. */
function validPlans(skills: Skill[], styles: PlanStyle[]): string[] {
  return fc
    .sample(planArbitrary(skills), { numRuns: PLANS * 3, seed: 42 })
    .filter(({ style }) => styles.includes(style))
    .slice(0, PLANS)
    .map(({ text }) => text);
}

type Validators = Map<string, z.ZodType>;

/** The baseline: a plain parser's output, each call validated against its skill's schema; invalid calls dropped. */
function validated(document: unknown, validators: Validators): { skill: string; args: unknown }[] {
  const list = Array.isArray(document) ? document : (document as { calls?: unknown } | null)?.calls;
  if (!Array.isArray(list)) return [];
  return list.flatMap((call: { skill?: unknown; args?: unknown } | null) => {
    const validator = typeof call?.skill === 'string' ? validators.get(call.skill) : undefined;
    const args = validator?.safeParse(call?.args ?? {});
    return args?.success ? [{ skill: call?.skill as string, args: args.data }] : [];
  });
}

function progress(label: string, total: number) {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ` ${label.padEnd(30)} |{bar}| {value}/{total}`,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/**
 * Median CPU time (ms, user + system) of `RUNS` passes of `parseAll`, after one warm-up pass. CPU time
 * rather than wall time, so that other work on a shared machine does not count against either side.
 */
function time(label: string, signal: AbortSignal, parseAll: () => void): number {
  const bar = progress(label, RUNS);
  parseAll();
  const times: number[] = [];
  for (let run = 0; run < RUNS && !signal.aborted; run++) {
    const started = process.cpuUsage();
    parseAll();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
    bar.increment();
  }
  bar.stop();
  return median(times);
}

function throughput(skills: Skill[], validators: Validators, signal: AbortSignal): void {
  const rows: Record<string, object> = {};
  for (const style of ['yaml-block', 'json'] as const) {
    const plans = validPlans(skills, [style]);
    const megabytes = plans.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
    const dossier = time(`${style}: dossier parsePlan`, signal, () => {
      for (const text of plans) parsePlan(text, { skills });
    });
    const yamlBaseline = time(`${style}: yaml + validate`, signal, () => {
      for (const text of plans) validated(parseYaml(text), validators);
    });
    const jsYamlBaseline = time(`${style}: js-yaml + validate`, signal, () => {
      for (const text of plans) validated(jsYaml.load(text), validators);
    });
    const row = (ms: number) => ({
      'MB/s': round(megabytes / (ms / 1000)),
      'median CPU ms': round(ms, 1),
      'vs yaml': round(yamlBaseline / ms),
    });
    rows[`${style} (${round(megabytes, 2)} MB): dossier parsePlan`] = row(dossier);
    rows[`${style}: yaml.parse + validate (baseline)`] = row(yamlBaseline);
    rows[`${style}: js-yaml load + validate`] = row(jsYamlBaseline);
  }
  console.log(
    `\nThroughput on ${PLANS} valid plans per style, median of ${RUNS} runs ('vs yaml' > 1: faster than yaml):`,
  );
  console.table(rows);
}

function recovery(cases: CorpusCase[], skills: Skill[], validators: Validators): void {
  const isJson = (c: CorpusCase) => /^[{[]/.test(c.text.trim());
  const tally = new Map<
    string,
    {
      cases: number;
      dossier: number;
      yaml: number;
      json: number;
      jsonCases: number;
      silent: number;
      yamlSilent: number;
    }
  >();
  const bar = progress('corpus recovery', cases.length);
  for (const corpusCase of cases) {
    const group = corpusCase.kind === 'valid' ? 'valid' : 'mistakes';
    const row = tally.get(group) ?? {
      cases: 0,
      dossier: 0,
      yaml: 0,
      json: 0,
      jsonCases: 0,
      silent: 0,
      yamlSilent: 0,
    };
    const result = parsePlan(corpusCase.text, { skills });
    row.cases++;
    if (caseProblems(corpusCase, result).length === 0) row.dossier++;
    if (silentlyWrong(corpusCase, result)) row.silent++;
    const exact = (calls: { skill: string; args: unknown }[]) =>
      caseProblems(
        { ...corpusCase, rejected: undefined, kind: 'truncated' },
        { calls: calls as PlanCall[], rejected: [] },
      ).length === 0;
    let yamlCalls: { skill: string; args: unknown }[] = [];
    try {
      yamlCalls = validated(parseYaml(corpusCase.text), validators);
    } catch {}
    if (exact(yamlCalls)) row.yaml++;
    if (silentlyWrong(corpusCase, { calls: yamlCalls as PlanCall[] })) row.yamlSilent++;
    if (isJson(corpusCase)) {
      row.jsonCases++;
      try {
        if (exact(validated(JSON.parse(jsonrepair(corpusCase.text)), validators))) row.json++;
      } catch {}
    }
    tally.set(group, row);
    bar.increment();
  }
  bar.stop();
  const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${round((100 * part) / whole, 1)}%`);
  console.log(
    `\nRecovery on the mistake corpus (${cases.length} cases): exact calls (and exact rejections, for dossier):`,
  );
  console.table(
    Object.fromEntries(
      [...tally].map(([group, t]) => [
        group,
        {
          cases: t.cases,
          dossier: percent(t.dossier, t.cases),
          'yaml + validate': percent(t.yaml, t.cases),
          'jsonrepair + validate (JSON cases)': `${percent(t.json, t.jsonCases)} of ${t.jsonCases}`,
          'dossier silent-wrong': t.silent,
          'yaml silent-wrong': t.yamlSilent,
        },
      ]),
    ),
  );
}

function streaming(skills: Skill[], signal: AbortSignal): void {
  const plans = validPlans(skills, ['yaml-block', 'json']);
  const whole = time('whole parse', signal, () => {
    for (const text of plans) parsePlan(text, { skills });
  });
  const rows: Record<string, object> = { whole: { 'median CPU ms': round(whole, 1), 'vs whole': 1 } };
  for (const size of CHUNK_SIZES) {
    const ms = time(`chunks of ${size}`, signal, () => {
      for (const text of plans) {
        const parser = createPlanStreamParser({ skills });
        for (let start = 0; start < text.length; start += size) parser.push(text.slice(start, start + size));
        parser.end();
      }
    });
    rows[`chunks of ${size} chars`] = { 'median CPU ms': round(ms, 1), 'vs whole': round(ms / whole) };
  }
  console.log(
    `\nStreaming: total cost of ${plans.length} plans fed in chunks vs one whole parse (target < 2x):`,
  );
  console.table(rows);

  const lags: Record<string, number[]> = { 'yaml-block': [], json: [] };
  const lineLengths: number[] = [];
  for (const style of ['yaml-block', 'json'] as const) {
    for (const text of validPlans(skills, [style]).slice(0, 300)) {
      const parser = createPlanStreamParser({ skills });
      const calls: PlanCall[] = [];
      for (const character of text) calls.push(...parser.push(character));
      calls.push(...parser.end());
      // the last call closes with the text itself; the lag that matters is for calls followed by more plan
      for (const call of calls.slice(0, -1)) lags[style]?.push(call.emittedAt - call.textEnd);
      if (style === 'yaml-block') lineLengths.push(...text.split('\n').map((line) => line.length + 1));
    }
  }
  const lineMedian = median(lineLengths);
  console.log(
    `\nEmission lag: characters between the end of a call's text and its emission, fed 1 char at a time (median YAML line: ${lineMedian} chars):`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(lags).map(([style, values]) => {
        const sorted = values.sort((a, b) => a - b);
        return [
          style,
          {
            calls: values.length,
            'median lag': percentile(sorted, 0.5),
            p90: percentile(sorted, 0.9),
            max: sorted.at(-1),
            'median in lines': round((percentile(sorted, 0.5) ?? 0) / lineMedian),
          },
        ];
      }),
    ),
  );
}

export const planParserBenchmark: Benchmark = {
  name: 'plan-parser',
  description:
    'defensive plan parser: throughput vs yaml/js-yaml, corpus recovery vs yaml and jsonrepair, streaming cost and emission lag',
  async run({ signal }) {
    const skills = loadCorpusSkills();
    const validators: Validators = new Map(
      skills.map((skill) => [skill.name, zodFromJsonSchema(skill.args)]),
    );
    throughput(skills, validators, signal);
    recovery(loadCorpus(), skills, validators);
    streaming(skills, signal);
  },
};
