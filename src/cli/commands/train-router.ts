/**
 * `dossier train-router [--seed N] [--out FILE]`: trains the router on src/router/utterances and
 * CLINC150's training split, prints the validation figures and writes the model (by default the
 * committed src/router/model/router-model.json). The same data and seed give a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { ROUTER_MODEL_FILE, serializeRouterModel } from '../../router/router-model.ts';
import { trainRouter } from '../../router/train-router.ts';
import { parseTrainOptions } from '../parse-train-options.ts';

export async function run(argv: string[]): Promise<number> {
  const { seed, out: outFile } = parseTrainOptions(argv);
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' training |{bar}| epoch {value}/{total}  loss {loss}',
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedAt = performance.now();
  let started = false;
  const { model, report } = trainRouter({
    seed,
    onEpoch: (epoch, epochs, loss) => {
      if (!started) bar.start(epochs, 0, { loss: '-' });
      started = true;
      bar.update(epoch, { loss: loss.toFixed(4) });
    },
  });
  bar.stop();
  const out = outFile ?? ROUTER_MODEL_FILE;
  const text = serializeRouterModel(model);
  writeFileSync(out, text);
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.table({
    'training examples': report.trainingCount,
    'validation examples (unseen templates and lines)': report.validationCount,
    'validation accuracy': percent(report.validationAccuracy),
    'validation out-of-scope recall': percent(report.validationOutOfScopeRecall),
    temperature: report.temperature.toFixed(3),
    'ECE before calibration': report.eceBefore.toFixed(4),
    'ECE after calibration': report.eceAfter.toFixed(4),
    [`share below threshold ${model.threshold} (to the LLM)`]: percent(report.deferredShare),
    'training time': `${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  });
  console.log(`wrote ${out} (${(text.length / 1e6).toFixed(2)} MB)`);
  return 0;
}
