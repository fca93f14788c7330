import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { SimulatorOptions } from '../src/llm/simulator/simulator-options.ts';

export interface SimulatorProcess {
  /** Base URL for OpenAI clients, ending in `/v1`. */
  url: string;
  stop(): void;
}

const ENTRY = resolve(import.meta.dirname, 'pipeline-simulator-process.ts');

/** Starts the three-call simulator in a child process and resolves once it listens; stopped on abort too. */
export async function spawnThreeCallSimulator(
  options: SimulatorOptions,
  signal: AbortSignal,
): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  signal.addEventListener('abort', stop, { once: true });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (data: Buffer) => {
      out += data;
      const match = /http:\/\/\S+\/v1/.exec(out);
      if (match) resolveUrl(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`the simulator process exited with ${code}: ${out}`)));
  });
  return { url, stop };
}
