// The three-call turn's simulator in a process of its own, so it has its own event loop (and core)
// rather than sharing the benchmark's. Usage: node --import tsx bench/pipeline-simulator-process.ts '<SimulatorOptions JSON>'
import { simulatorOptionsSchema } from '../src/llm/simulator/simulator-options.ts';
import { startSimulator } from '../src/llm/simulator/start-simulator.ts';
import { createThreeCallResponder } from '../src/pipeline/testing/three-call-turn.ts';

const options = simulatorOptionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const simulator = await startSimulator({ ...options, responder: createThreeCallResponder() });
console.log(
  `LLM simulator on ${simulator.url} (three-call responder, ttft ${options.ttftMs} ms, tbt ${options.tbtMs} ms)`,
);
process.once('SIGTERM', () => void simulator.close());
