import { loadExamples } from '../src/examples/load-examples.ts';
import { percentile } from '../src/llm/metrics/percentile.ts';
import { splitIntoTokens } from '../src/llm/simulator/split-into-tokens.ts';
import { extractCitations } from '../src/pipeline/extract-citations.ts';
import { createTrustFilter, DEFAULT_MAX_HOLD_MS } from '../src/pipeline/trust/create-trust-filter.ts';
import { createTrustContext, type TrustContext } from '../src/pipeline/trust/trust-context.ts';
import type { Benchmark } from './benchmarks.ts';

const ROUNDS = 200;
/** The simulator's usual time between tokens, to turn deltas held back into milliseconds. */
const TBT_MS = 20;
/** Hold limits compared (ms): the default, and longer ones that hold more back and retract less. */
const HOLD_LIMITS = [DEFAULT_MAX_HOLD_MS, 400, Number.POSITIVE_INFINITY];

interface Answer {
  key: string;
  deltas: string[];
  context: TrustContext;
}

/** The curated answer examples as a model would stream them, each checked against its own dossier and question. */
function curatedAnswers(): Answer[] {
  return loadExamples()
    .filter((example) => example.step === 'answer')
    .map((example) => ({
      key: example.key,
      deltas: splitIntoTokens(example.response),
      context: createTrustContext({
        dossier: extractCitations(example.dossier ?? '').map((citation) => ({ ...citation, text: '' })),
        sourceText: `${example.dossier ?? ''}\n${example.context ?? ''}\n${example.query}`,
        askingMemberId: null,
      }),
    }));
}

function stats(values: readonly number[], unit: string, digits = 3): string {
  const at = (p: number) => percentile(values, p).toFixed(digits);
  return `p50 ${at(50)} ${unit}, p95 ${at(95)} ${unit}, p99.9 ${at(99.9)} ${unit}, max ${values.reduce((a, b) => Math.max(a, b), 0).toFixed(digits)} ${unit}`;
}

export const trustBenchmark: Benchmark = {
  name: 'trust',
  description:
    'the incremental trust classifier: CPU time per answer delta, how long a delta is held back (simulated TBT 20 ms), curated answers flagged',
  async run({ signal }) {
    const answers = curatedAnswers();
    const deltas = answers.reduce((n, answer) => n + answer.deltas.length, 0);
    console.log(`${answers.length} curated answers, ${deltas} token-sized deltas, ${ROUNDS} rounds`);
    for (const maxHoldMs of HOLD_LIMITS) {
      const pushMs: number[] = [];
      const heldDeltas: number[] = [];
      const flagged = new Set<string>();
      let retractions = 0;
      for (let round = 0; round < ROUNDS; round++) {
        signal.throwIfAborted();
        for (const answer of answers) {
          // A simulated clock: delta i arrives at i × TBT.
          let clock = 0;
          const filter = createTrustFilter(answer.context, { maxHoldMs, now: () => clock });
          let received = 0;
          let released = 0;
          let withheld = false;
          /** Deltas not yet shown in full: their index and the offset where each ends. */
          const pending: { index: number; end: number }[] = [];
          const settle = (index: number) => {
            while (!withheld && pending.length > 0 && (pending[0]?.end as number) <= released)
              heldDeltas.push(index - (pending.shift()?.index as number));
          };
          answer.deltas.forEach((delta, index) => {
            clock = index * TBT_MS;
            const started = performance.now();
            const outputs = filter.push(delta);
            pushMs.push(performance.now() - started);
            received += delta.length;
            pending.push({ index, end: received });
            for (const output of outputs) {
              if (output.type === 'text') released += output.text.length;
              else {
                withheld = true;
                if (round === 0 && output.type === 'retracted') retractions++;
                flagged.add(`${answer.key} (${output.violation.check}: ${output.violation.detail})`);
              }
            }
            if (round === 0) settle(index);
          });
          for (const output of filter.end()) if (output.type === 'text') released += output.text.length;
          if (round === 0) settle(answer.deltas.length);
        }
      }
      console.log(
        `\nhold limit ${maxHoldMs === Number.POSITIVE_INFINITY ? 'none (whole sentences)' : `${maxHoldMs} ms`}`,
      );
      console.log(`  CPU per delta (push): ${stats(pushMs, 'ms', 4)}`);
      console.log(
        `  deltas a delta waits to be shown: ${stats(heldDeltas, 'deltas', 0)}; at TBT ${TBT_MS} ms: p50 ${percentile(heldDeltas, 50) * TBT_MS} ms, p95 ${percentile(heldDeltas, 95) * TBT_MS} ms`,
      );
      console.log(
        `  curated answers flagged: ${flagged.size} of ${answers.length}, retractions: ${retractions}`,
      );
      for (const line of flagged) console.log(`    ${line}`);
    }
  },
};
