import { parseArgs } from 'node:util';

/** `--seed N --out FILE` of the train commands; throws (the command exits 1 with the message) when the seed is not an integer. */
export function parseTrainOptions(argv: string[]): { seed: number | undefined; out: string | undefined } {
  const { values } = parseArgs({
    args: argv,
    options: { seed: { type: 'string' }, out: { type: 'string' } },
  });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new Error(`--seed must be an integer, not '${values.seed}'`);
  return { seed, out: values.out };
}
