import type { LlmConfig } from '../config/llm-config-schema.ts';
import { parseLlmConfig } from '../config/load-llm-config.ts';
import { createScriptedResponder } from '../simulator/create-scripted-responder.ts';
import type { SimulatorOptions } from '../simulator/simulator-options.ts';
import { type RunningSimulator, startSimulator } from '../simulator/start-simulator.ts';

/** Text of exactly `count` simulator tokens ("tok tok tok ..."). */
export function tokens(count: number): string {
  return Array.from({ length: count }, () => 'tok').join(' ');
}

/**
 * Named simulators answering `text` (unless a responder is given), plus a gateway config whose
 * `large` role chains them in the given order. Close them with `closeAll`.
 */
export async function startSimulators(
  specs: Record<string, SimulatorOptions & Parameters<typeof startSimulator>[0]>,
  gateway: Record<string, unknown> = {},
  extra: {
    members?: Record<string, unknown>;
    prices?: Record<string, unknown>;
    text?: string;
    endpoint?: Record<string, unknown>;
  } = {},
): Promise<{ sims: Record<string, RunningSimulator>; config: LlmConfig; closeAll(): Promise<void> }> {
  const responder = createScriptedResponder([], { text: extra.text ?? tokens(10) });
  const entries = await Promise.all(
    Object.entries(specs).map(
      async ([name, options]) => [name, await startSimulator({ responder, ...options })] as const,
    ),
  );
  const sims = Object.fromEntries(entries);
  const config = parseLlmConfig({
    llm: {
      large: {
        endpoints: entries.map(([name, sim]) => ({
          name,
          url: sim.url,
          model: `model-${name}`,
          ...extra.endpoint,
        })),
      },
      gateway: { backoffMs: 10, maxBackoffMs: 200, ...gateway },
      members: extra.members ?? {},
      prices: extra.prices ?? {},
    },
  });
  return {
    sims,
    config,
    closeAll: () => Promise.all(entries.map(([, sim]) => sim.close())).then(() => undefined),
  };
}
