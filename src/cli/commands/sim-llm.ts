import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SIMULATED_FAULTS, simulatorOptionsSchema } from '../../llm/simulator/simulator-options.ts';
import { startSimulator } from '../../llm/simulator/start-simulator.ts';

const USAGE = `usage: dossier sim-llm --port P [--ttft MS] [--tbt MS] [--jitter FRACTION] [--seed N]
       [--max-concurrency N] [--slowdown FACTOR] [--fault-rate R] [--faults ${SIMULATED_FAULTS.join(',')}]`;

const number = (flag: string) =>
  z.coerce.number({ error: `${flag} must be a number` }).refine(Number.isFinite, `${flag} must be a number`);

const argsSchema = z.object({
  port: z.coerce.number({ error: '--port must be a number' }).int().min(0).max(65535),
  ttft: number('--ttft').optional(),
  tbt: number('--tbt').optional(),
  jitter: number('--jitter').optional(),
  seed: number('--seed').optional(),
  'max-concurrency': number('--max-concurrency').optional(),
  slowdown: number('--slowdown').optional(),
  'fault-rate': number('--fault-rate').optional(),
  faults: z.string().optional(),
});

/** `dossier sim-llm`: the OpenAI-compatible LLM simulator, until Ctrl-C. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      ttft: { type: 'string' },
      tbt: { type: 'string' },
      jitter: { type: 'string' },
      seed: { type: 'string' },
      'max-concurrency': { type: 'string' },
      slowdown: { type: 'string' },
      'fault-rate': { type: 'string' },
      faults: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || values.port === undefined) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const args = argsSchema.safeParse(values);
  const options =
    args.success &&
    simulatorOptionsSchema.safeParse({
      ttftMs: args.data.ttft,
      tbtMs: args.data.tbt,
      jitter: args.data.jitter,
      seed: args.data.seed,
      maxConcurrency: args.data['max-concurrency'],
      slowdown: args.data.slowdown,
      faultRate: args.data['fault-rate'],
      faults: args.data.faults?.split(',').map((fault) => fault.trim()),
    });
  if (!args.success || !options || !options.success) {
    const error = args.success ? (options as { error: z.ZodError }).error : args.error;
    console.error(`${z.prettifyError(error)}\n${USAGE}`);
    return 2;
  }
  const simulator = await startSimulator({ ...options.data, port: args.data.port, host: '0.0.0.0' });
  const o = options.data;
  console.log(
    `LLM simulator on http://127.0.0.1:${simulator.port}/v1 (ttft ${o.ttftMs} ms, tbt ${o.tbtMs} ms, jitter ${o.jitter}, ` +
      `max concurrency ${o.maxConcurrency ?? 'unlimited'}, slowdown ${o.slowdown}, faults ${o.faultRate > 0 ? `${o.faults.join(',')} at ${o.faultRate}` : 'none'})`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await simulator.close();
  return 0;
}
