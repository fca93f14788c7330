import { guardBenchmark } from './guard.bench.ts';
import { llmBenchmark } from './llm.bench.ts';
import { networkBenchmark } from './network.bench.ts';
import { pipelineBenchmark } from './pipeline.bench.ts';
import { planParserBenchmark } from './plan-parser.bench.ts';
import { promptsBenchmark } from './prompts.bench.ts';
import { routerBenchmark } from './router.bench.ts';
import { serverBenchmark } from './server.bench.ts';
import { serverMiddlewareBenchmark } from './server-middleware.bench.ts';
import { skillsBenchmark } from './skills.bench.ts';
import { trustBenchmark } from './trust.bench.ts';
import { webBenchmark } from './web.bench.ts';

// Every benchmark `npm run bench` runs, in order. Each prints its own figures and ratios
// against a baseline measured in the same run.
export interface Benchmark {
  name: string;
  description: string;
  run(options: { signal: AbortSignal }): Promise<void>;
}

export const BENCHMARKS: Benchmark[] = [
  networkBenchmark,
  llmBenchmark,
  planParserBenchmark,
  skillsBenchmark,
  routerBenchmark,
  guardBenchmark,
  promptsBenchmark,
  trustBenchmark,
  pipelineBenchmark,
  serverMiddlewareBenchmark,
  serverBenchmark,
  webBenchmark,
];
