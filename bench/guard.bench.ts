import { evaluateGuard, type GuardFigures, type ScoredExample } from '../src/guard/evaluate-guard.ts';
import { type GuardExample, guardSourceOf, loadGuardExamples } from '../src/guard/guard-example.ts';
import { guardFiguresTable } from '../src/guard/guard-figures-table.ts';
import { loadGuardModel } from '../src/guard/guard-model.ts';
import { judgeText } from '../src/guard/judge-text.ts';
import { loadBundledNegatives } from '../src/guard/load-bundled-negatives.ts';
import { trainGuard } from '../src/guard/train-guard.ts';
import { percentile } from '../src/llm/metrics/percentile.ts';
import type { Benchmark } from './benchmarks.ts';

/**
 * The baseline: a list of well-known jailbreak and injection phrases, as many guards start. It needs
 * no training, so its figures on the training rows are already "unseen".
 */
const KEYWORD_BASELINE =
  /ignore (all |any |the |your )?(previous|prior|above) (instructions|prompts|rules)|disregard (all |any |the |your )?(previous|prior|above)|forget (all |everything|your) (previous |prior )?(instructions|rules)?|\bDAN\b|do anything now|developer mode|jailbreak|system prompt|pretend (to be|you are)|act as|you are now|no (restrictions|limits|filters)|without (any )?(restrictions|limits|filters)|reveal (your|the) (instructions|prompt)|new instructions/i;
const LATENCY_ROUNDS = 5;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function falsePositiveShare(examples: readonly GuardExample[], blocks: (example: GuardExample) => boolean) {
  return examples.filter(blocks).length / Math.max(1, examples.length);
}

function latencies(examples: readonly GuardExample[], judge: (example: GuardExample) => unknown): number[] {
  for (const example of examples) judge(example); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < LATENCY_ROUNDS; round++)
    for (const example of examples) {
      const startedAt = performance.now();
      judge(example);
      times.push(performance.now() - startedAt);
    }
  return times;
}

function compare(model: GuardFigures, baseline: GuardFigures) {
  const rows: Record<string, Record<string, string>> = {};
  for (const [i, kind] of model.byKind.entries()) {
    const base = baseline.byKind[i];
    rows[kind.kind] =
      kind.precision === undefined
        ? {
            'model F1': '',
            'keywords F1': '',
            'model FPR': percent(kind.blockedShare),
            'keywords FPR': percent(base?.blockedShare ?? 0),
          }
        : {
            'model F1': percent(kind.f1 ?? 0),
            'keywords F1': percent(base?.f1 ?? 0),
            'model FPR': '',
            'keywords FPR': '',
          };
  }
  rows.all = {
    'model F1': percent(model.f1),
    'keywords F1': percent(baseline.f1),
    'model FPR': percent(model.falsePositiveRate),
    'keywords FPR': percent(baseline.falsePositiveRate),
  };
  return rows;
}

export const guardBenchmark: Benchmark = {
  name: 'guard',
  description:
    'input guard: cross-validated precision/recall/F1 per kind and false positives vs a keyword-list baseline; latency per text',
  async run({ signal }) {
    const examples = loadGuardExamples();
    const negatives = await loadBundledNegatives(signal);
    console.log('cross-validating the guard (5 folds, near-duplicates kept together)…');
    const startedAt = performance.now();
    const { report } = trainGuard({
      examples,
      negatives,
      onProgress: (done, total) =>
        console.log(`  stage ${done}/${total} at ${((performance.now() - startedAt) / 1000).toFixed(0)} s`),
    });
    const baselineScored: ScoredExample[] = examples.map((example) => ({
      kind: example.kind,
      label: example.label,
      score: KEYWORD_BASELINE.test(example.text) ? 1 : 0,
    }));
    const baseline = evaluateGuard(baselineScored, 0.5);

    console.log(
      `\nguard model, cross-validated (out-of-fold scores), threshold ${report.threshold.toFixed(3)}:`,
    );
    console.table(guardFiguresTable(report.crossValidated));
    console.log('baseline: keyword list of common jailbreak / injection phrases, same rows:');
    console.table(guardFiguresTable(baseline));
    console.log(
      'side by side (per attack kind: that kind vs every benign row; FPR: share of benign rows blocked):',
    );
    console.table(compare(report.crossValidated, baseline));
    console.log(
      `F1 ${percent(report.crossValidated.f1)} vs ${percent(baseline.f1)} (${(report.crossValidated.f1 / Math.max(baseline.f1, 1e-9)).toFixed(2)}× the baseline); ` +
        `hard negatives (benign_career) blocked: ${percent(report.crossValidated.byKind.find((k) => k.kind === 'benign_career')?.blockedShare ?? 0)} vs ` +
        `${percent(baseline.byKind.find((k) => k.kind === 'benign_career')?.blockedShare ?? 0)}; ` +
        `every text sent without source: F1 ${percent(report.crossValidatedWithoutSource.f1)}`,
    );

    const model = loadGuardModel();
    const judge = (example: GuardExample) =>
      judgeText(model, { text: example.text, source: guardSourceOf(example) });
    console.log('\nnever trained on (committed model vs keywords): share wrongly blocked');
    console.table({
      [`job descriptions and posts (${negatives.heldOutContent.length})`]: {
        model: percent(report.heldOutContent.falsePositiveRate),
        keywords: percent(falsePositiveShare(negatives.heldOutContent, (e) => KEYWORD_BASELINE.test(e.text))),
      },
      [`member questions: router dev set, CLINC150 val (${negatives.heldOutQuestions.length})`]: {
        model: percent(report.heldOutQuestions.falsePositiveRate),
        keywords: percent(
          falsePositiveShare(negatives.heldOutQuestions, (e) => KEYWORD_BASELINE.test(e.text)),
        ),
      },
    });

    const texts = [...examples, ...negatives.heldOutContent.slice(0, 200)];
    const short = texts.filter((example) => (example.text.match(/\S+/g)?.length ?? 0) <= 48);
    const long = texts.filter((example) => (example.text.match(/\S+/g)?.length ?? 0) > 48);
    const row = (values: number[]) => ({
      measurements: values.length,
      'p50 ms': percentile(values, 50).toFixed(3),
      'p99 ms': percentile(values, 99).toFixed(3),
    });
    const keyword = (example: GuardExample) => KEYWORD_BASELINE.test(example.text);
    const shortMs = latencies(short, judge);
    const longMs = latencies(long, judge);
    console.log(
      `\nlatency per text (${LATENCY_ROUNDS} rounds; a page is scored whole and in 48-word windows):`,
    );
    console.table({
      [`guard model, texts of ≤ 48 words (${short.length})`]: row(shortMs),
      [`guard model, longer texts up to 3,700 chars (${long.length})`]: row(longMs),
      'keyword baseline, all texts': row(latencies(texts, keyword)),
    });
    console.log(
      `a member question costs ${percentile(shortMs, 50).toFixed(3)} ms at p50 (target ≤ 1 ms: ${percentile(shortMs, 50) <= 1 ? 'met' : 'missed'}); ` +
        `a page ${percentile(longMs, 50).toFixed(2)} ms, ${(percentile(longMs, 50) / Math.max(percentile(shortMs, 50), 1e-6)).toFixed(0)}× a question`,
    );
  },
};
