import { parseLlmConfig } from '../src/llm/config/load-llm-config.ts';
import { createGateway } from '../src/llm/gateway/create-gateway.ts';
import { createLlmMetrics } from '../src/llm/metrics/create-llm-metrics.ts';
import { percentile } from '../src/llm/metrics/percentile.ts';
import { createScriptedResponder } from '../src/llm/simulator/create-scripted-responder.ts';
import { startSimulator } from '../src/llm/simulator/start-simulator.ts';
import { ROUTE_AGENTS } from '../src/router/agents.ts';
import { askLlmForAgent } from '../src/router/ask-llm-for-agent.ts';
import { evaluateRouter } from '../src/router/evaluate-router.ts';
import type { LabelledExample } from '../src/router/labelled-example.ts';
import { loadDevSet } from '../src/router/load-dev-set.ts';
import { predictAgent } from '../src/router/predict-agent.ts';
import { loadRouterModel } from '../src/router/router-model.ts';
import type { Benchmark } from './benchmarks.ts';

const LLM_TTFT_MS = 150;
const LLM_QUERIES = 40;
const MODEL_ROUNDS = 20;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function modelLatencies(examples: LabelledExample[]): number[] {
  const model = loadRouterModel();
  for (const example of examples) predictAgent(model, example.input); // warm up the JIT
  const latencies: number[] = [];
  for (let round = 0; round < MODEL_ROUNDS; round++)
    for (const example of examples) {
      const startedAt = performance.now();
      predictAgent(model, example.input);
      latencies.push(performance.now() - startedAt);
    }
  return latencies;
}

/** The small LLM deciding instead: the simulator with a realistic TTFT, through the gateway. */
async function llmLatencies(examples: LabelledExample[], signal: AbortSignal): Promise<number[]> {
  const sim = await startSimulator({
    responder: createScriptedResponder([], { text: 'jobs' }),
    ttftMs: LLM_TTFT_MS,
    tbtMs: 20,
  });
  try {
    const gateway = createGateway(
      parseLlmConfig({ llm: { small: { endpoints: [{ name: 'sim', url: sim.url, model: 'sim' }] } } }),
      { metrics: createLlmMetrics() },
    );
    const latencies: number[] = [];
    for (const example of examples.slice(0, LLM_QUERIES)) {
      const startedAt = performance.now();
      await askLlmForAgent(gateway, example.input, signal);
      latencies.push(performance.now() - startedAt);
    }
    return latencies;
  } finally {
    await sim.close();
  }
}

export const routerBenchmark: Benchmark = {
  name: 'router',
  description:
    'routing: dev-set accuracy, per-agent precision/recall, confusion, out-of-scope recall; model vs small-LLM latency',
  async run({ signal }) {
    const model = loadRouterModel();
    const { handWritten, clincVal } = loadDevSet();
    const evaluate = (examples: LabelledExample[]) =>
      evaluateRouter(
        examples.map((example) => ({
          gold: example.agent,
          predicted: predictAgent(model, example.input).agent,
        })),
      );
    const dev = evaluate(handWritten);
    const clinc = evaluate(clincVal);
    const deferred = handWritten.filter(
      (example) => predictAgent(model, example.input).confidence < model.threshold,
    );
    console.table({
      'hand-written dev set': {
        questions: dev.count,
        accuracy: percent(dev.accuracy),
        'out-of-scope recall': percent(dev.outOfScopeRecall),
        'in-scope recall': percent(dev.inScopeRecall),
        'target (accuracy, OOS recall)': '≥ 95%, ≥ 95%',
      },
      'CLINC150 val + oos_val (held out)': {
        questions: clinc.count,
        accuracy: percent(clinc.accuracy),
        'out-of-scope recall': percent(clinc.outOfScopeRecall),
        'in-scope recall': '—',
        'target (accuracy, OOS recall)': '—, ≥ 95%',
      },
    });
    console.log(
      `below the threshold ${model.threshold} (the cascade would ask the LLM): ${deferred.length} of ${handWritten.length} dev questions; ` +
        `model accuracy on those: ${percent(deferred.filter((e) => predictAgent(model, e.input).agent === e.agent).length / Math.max(1, deferred.length))}`,
    );
    console.log('\nper agent (hand-written dev set, model only):');
    console.table(
      Object.fromEntries(
        ROUTE_AGENTS.map((agent) => [
          agent,
          {
            support: dev.perAgent[agent].support,
            precision: percent(dev.perAgent[agent].precision),
            recall: percent(dev.perAgent[agent].recall),
          },
        ]),
      ),
    );
    console.log('confusion (rows: gold, columns: predicted):');
    console.table(dev.confusion);

    const modelMs = modelLatencies([...handWritten, ...clincVal.slice(0, 200)]);
    const llmMs = await llmLatencies(handWritten, signal);
    const row = (values: number[]) => ({
      queries: values.length,
      'p50 ms': percentile(values, 50).toFixed(3),
      'p99 ms': percentile(values, 99).toFixed(3),
    });
    console.log(
      `\nlatency per query: the in-house model vs asking the small LLM (simulator, TTFT ${LLM_TTFT_MS} ms):`,
    );
    console.table({ model: row(modelMs), 'small LLM (gateway → simulator)': row(llmMs) });
    console.log(
      `the model is ${(percentile(llmMs, 50) / percentile(modelMs, 50)).toFixed(0)}× faster at p50 and ` +
        `${(percentile(llmMs, 99) / percentile(modelMs, 99)).toFixed(0)}× at p99 (target ≤ 1 ms p50: ${percentile(modelMs, 50) <= 1 ? 'met' : 'missed'})`,
    );
  },
};
