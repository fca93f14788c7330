/**
 * `dossier route [--no-llm] [--model FILE]`: the routing cascade as a batch command.
 *
 * Standard input is JSON Lines, `{id, query, context?: {kind: job|post|company|profile, id, title?},
 * history?: [{role, text}]}`; standard output has one line per input line, in order:
 * `{id, agent, confidence}`, or `{id?, error}` for a bad line, and the rest go on.
 *
 * Model only unless an LLM endpoint is configured for the `small` role (DOSSIER_LLM_SMALL_URL and
 * _MODEL, or dossier.config.*): then low-confidence questions go to it. `--no-llm` forces model only.
 * How many lines each source decided is reported on stderr at the end.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadLlmConfig } from '../../llm/config/load-llm-config.ts';
import { createGateway, type Gateway } from '../../llm/gateway/create-gateway.ts';
import { routeInputSchema } from '../../router/route-input.ts';
import { type RouteResult, routeQuery } from '../../router/route-query.ts';
import { loadRouterModel, type RouterModel } from '../../router/router-model.ts';
import { parseJsonLine } from '../parse-json-line.ts';

const inputLine = routeInputSchema.extend({ id: z.unknown().optional() });
/** Lines routed at once when an LLM is in the loop; output order is kept regardless. */
const IN_FLIGHT = 16;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'no-llm': { type: 'boolean', default: false }, model: { type: 'string' } },
  });
  const model = loadRouterModel(values.model);
  const llmConfig = values['no-llm'] ? undefined : loadLlmConfig();
  const gateway = llmConfig?.roles.small.mode === 'endpoints' ? createGateway(llmConfig) : undefined;
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('interrupted')));
  const sources: Record<RouteResult['source'], number> = { model: 0, llm: 0, 'model-fallback': 0 };

  const pending: Promise<object>[] = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const output = `${JSON.stringify(await pending.shift())}\n`;
      if (!process.stdout.write(output))
        await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    pending.push(answer(line, { model, gateway, signal: controller.signal }, sources));
    await flush(gateway ? IN_FLIGHT : 0);
  }
  await flush(0);
  console.error(
    `dossier route: ${sources.model} by the model, ${sources.llm} by the LLM, ${sources['model-fallback']} model fallbacks${gateway ? '' : ' (model only: no LLM)'}`,
  );
  return 0;
}

async function answer(
  line: string,
  options: { model: RouterModel; gateway: Gateway | undefined; signal: AbortSignal },
  sources: Record<RouteResult['source'], number>,
): Promise<object> {
  const parsed = parseJsonLine(line, inputLine);
  if ('bad' in parsed) return parsed.bad;
  const { id, ...input } = parsed.data;
  const result = await routeQuery(input, options);
  sources[result.source]++;
  return { id: id ?? null, agent: result.agent, confidence: Number(result.confidence.toFixed(4)) };
}
