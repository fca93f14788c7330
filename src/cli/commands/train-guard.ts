/**
 * `dossier train-guard [--seed N] [--out FILE]`: trains the input guard on data/safety/guard-train.jsonl
 * plus benign examples from the repository (real job descriptions and posts from data/, member
 * questions from the router's utterances and CLINC150), prints the
 * cross-validated figures and writes the model (by default the committed
 * src/guard/model/guard-model.json). The same data and seed give a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { guardFiguresTable } from '../../guard/guard-figures-table.ts';
import { GUARD_MODEL_FILE, serializeGuardModel } from '../../guard/guard-model.ts';
import { loadBundledNegatives } from '../../guard/load-bundled-negatives.ts';
import { trainGuard } from '../../guard/train-guard.ts';
import { parseTrainOptions } from '../parse-train-options.ts';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export async function run(argv: string[]): Promise<number> {
  const { seed, out: outFile } = parseTrainOptions(argv);
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('interrupted')));
  const startedAt = performance.now();
  console.error('reading data/safety, the bundled job descriptions and posts, and the router utterances…');
  const negatives = await loadBundledNegatives(controller.signal);
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' training |{bar}| {value}/{total} {stage}',
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  const stages = ['cross-validation', 'final fit', 'held-out check'];
  bar.start(stages.length, 0, { stage: stages[0] });
  const { model, report } = trainGuard({
    seed,
    negatives,
    onProgress: (done) => bar.update(done, { stage: stages[done] ?? 'done' }),
  });
  bar.stop();
  const out = outFile ?? GUARD_MODEL_FILE;
  const text = serializeGuardModel(model);
  writeFileSync(out, text);
  console.log(
    `cross-validated (${model.training.folds} folds, near-duplicates kept together), threshold ${report.threshold.toFixed(3)}:`,
  );
  console.table(guardFiguresTable(report.crossValidated));
  console.log('the same folds, every text sent without `source`:');
  console.table(guardFiguresTable(report.crossValidatedWithoutSource));
  console.table({
    examples: report.examples,
    'bundled job descriptions, posts and member questions trained on': negatives.training.length,
    [`held-out job descriptions and posts withheld (of ${report.heldOutContent.count})`]: percent(
      report.heldOutContent.falsePositiveRate,
    ),
    [`held-out member questions refused (router dev set, CLINC150 val; of ${report.heldOutQuestions.count})`]:
      percent(report.heldOutQuestions.falsePositiveRate),
    temperature: report.temperature.toFixed(3),
    'training time': `${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  });
  console.log(`wrote ${out} (${(text.length / 1e3).toFixed(0)} kB)`);
  return 0;
}
