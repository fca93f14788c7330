import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createEchoResponder } from '../../llm/simulator/create-echo-responder.ts';
import type { Responder } from '../../llm/simulator/responder.ts';
import { SIMULATED_FAULTS, simulatorOptionsSchema } from '../../llm/simulator/simulator-options.ts';
import { startSimulator } from '../../llm/simulator/start-simulator.ts';
import { createNetwork } from '../../network/api/create-network.ts';
import { databaseUrlFromEnv, openDatabase } from '../../network/db/open-database.ts';
import { databaseExists } from '../../network/import/ensure-database.ts';
import { createOfflineEngine } from '../../offline-engine/create-offline-engine.ts';
import { createOfflineResponder } from '../../offline-engine/create-offline-responder.ts';

const USAGE = `usage: dossier sim-llm --port P [--ttft MS] [--tbt MS] [--jitter FRACTION] [--seed N]
       [--max-concurrency N] [--slowdown FACTOR] [--fault-rate R] [--faults ${SIMULATED_FAULTS.join(',')}]
       [--responder offline|echo]   content: the offline engine over DATABASE_URL (default when the
                                    database exists), or the deterministic echo`;

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
  responder: z.enum(['offline', 'echo'], { error: '--responder must be offline or echo' }).optional(),
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
      responder: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || values.port === undefined) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error(`${z.prettifyError(args.error)}\n${USAGE}`);
    return 2;
  }
  const options = simulatorOptionsSchema.safeParse({
    ttftMs: args.data.ttft,
    tbtMs: args.data.tbt,
    jitter: args.data.jitter,
    seed: args.data.seed,
    maxConcurrency: args.data['max-concurrency'],
    slowdown: args.data.slowdown,
    faultRate: args.data['fault-rate'],
    faults: args.data.faults?.split(',').map((fault) => fault.trim()),
  });
  if (!options.success) {
    console.error(`${z.prettifyError(options.error)}\n${USAGE}`);
    return 2;
  }
  const url = databaseUrlFromEnv();
  const hasDatabase = await databaseExists(url);
  const responderName = args.data.responder ?? (hasDatabase ? 'offline' : 'echo');
  if (responderName === 'offline' && !hasDatabase) {
    console.error(
      `no database at ${url}: run \`dossier import\` (or set DATABASE_URL), or use --responder echo`,
    );
    return 1;
  }
  const db = responderName === 'offline' ? openDatabase({ url }) : undefined;
  const engine = db && createOfflineEngine({ network: createNetwork(db) });
  await engine?.warmUp();
  const responder: Responder = engine ? createOfflineResponder(engine) : createEchoResponder();
  const simulator = await startSimulator({
    ...options.data,
    responder,
    port: args.data.port,
    host: '0.0.0.0',
  });
  const o = options.data;
  console.log(
    `LLM simulator on http://127.0.0.1:${simulator.port}/v1 (${responderName} responder, ttft ${o.ttftMs} ms, tbt ${o.tbtMs} ms, jitter ${o.jitter}, ` +
      `max concurrency ${o.maxConcurrency ?? 'unlimited'}, slowdown ${o.slowdown}, faults ${o.faultRate > 0 ? `${o.faults.join(',')} at ${o.faultRate}` : 'none'})`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await simulator.close();
  await db?.destroy();
  return 0;
}
