import { parseArgs } from 'node:util';
import { BENCHMARKS } from '../../../bench/benchmarks.ts';

/** `dossier bench [name ...]`: runs every benchmark, or the named ones, printing tables as it goes. */
export async function run(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const unknown = positionals.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    );
    return 2;
  }
  const selected =
    positionals.length > 0 ? BENCHMARKS.filter((b) => positionals.includes(b.name)) : BENCHMARKS;
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  for (const benchmark of selected) {
    console.log(`\n## ${benchmark.name}: ${benchmark.description}\n`);
    await benchmark.run({ signal: controller.signal });
  }
  return 0;
}
