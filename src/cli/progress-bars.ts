import cliProgress from 'cli-progress';
import type { StepProgress } from '../network/import/import-context.ts';

/** One progress bar per import step on stderr (plain lines when stderr is not a terminal). */
export function createStepBars(): { onStep(name: string): StepProgress; stop(): void } {
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: ' {step} |{bar}| {value}/{total}',
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    onStep(name) {
      const bar = bars.create(1, 0, { step: name.padEnd(10) });
      return {
        total: (units) => bar.setTotal(units),
        advance: (units = 1) => bar.increment(units),
      };
    },
    stop: () => bars.stop(),
  };
}
