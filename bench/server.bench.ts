import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createStepBars } from '../src/cli/progress-bars.ts';
import { percentile } from '../src/llm/metrics/percentile.ts';
import { createNetwork } from '../src/network/api/create-network.ts';
import { databaseUrlFromEnv, openDatabase } from '../src/network/db/open-database.ts';
import { databaseExists } from '../src/network/import/ensure-database.ts';
import type { Pipeline } from '../src/pipeline/create-pipeline.ts';
import { createSimulatorGateway } from '../src/pipeline/testing/create-simulator-gateway.ts';
import { THREE_CALL_QUESTION } from '../src/pipeline/testing/three-call-turn.ts';
import { createTurnHub } from '../src/server/chat/create-turn-hub.ts';
import { createChatAssistant } from '../src/server/chat/testing/create-chat-assistant.ts';
import { readSseEvents, type SseEvent } from '../src/server/chat/testing/read-sse-events.ts';
import { createUiPartMapper } from '../src/server/chat/to-ui-message-parts.ts';
import { createApp } from '../src/server/create-app.ts';
import { createServerOperations } from '../src/server/middleware/server-operations.ts';
import { startServer } from '../src/server/start-server.ts';
import { createDefaultSkills } from '../src/skills/catalog/default-skills.ts';
import { createSkillRegistry } from '../src/skills/create-skill-registry.ts';
import { createBundledWebSearch } from '../src/skills/web-search/create-bundled-web-search.ts';
import type { Benchmark } from './benchmarks.ts';
import { largestWithinBudget } from './pipeline-largest-within-budget.ts';
import { spawnThreeCallSimulator } from './pipeline-spawn-simulator.ts';

const TTFT_MS = 150;
const TBT_MS = 20;
const LATENCY_RUNS = 15;
const BUDGET_MS = 50;
/** Session counts; 1 is the baseline the others are compared with. */
const LEVELS = [1, 10, 25, 50, 100, 200, 400, 800];
const TURNS_PER_SESSION = 2;
const BASELINE_TURNS = 10;
/** Levels go on past the budget (the table shows how delivery grows) until this far over it. */
const GIVE_UP_MS = 4 * BUDGET_MS;
const TEST_DATABASE = resolve(import.meta.dirname, '../var/test.sqlite');
// A gateway that never queues: the limits under test are the server's, not the endpoint's.
const UNLIMITED_ENDPOINT = { maxConcurrency: 100_000, maxQueued: 100_000 };

/** One turn as its client saw it, in milliseconds from the moment it asked. */
interface TurnSample {
  /** Time to the first answer text. */
  ttfaMs: number;
  totalMs: number;
  /** Gaps between consecutive events from the first answer text to the end. */
  gapsMs: number[];
  /** Over HTTP: for each part, from the pipeline yielding its event to the client reading it. */
  deliveryMs: number[];
}

type Setup = Awaited<ReturnType<typeof setUp>>;

const ms = (value: number) => Math.round(value);
const median = (values: readonly number[]) => percentile(values, 50);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Times one stream of events: `isText` marks the answer's text; the stream must end in success. */
async function timeTurn<T>(
  events: AsyncIterable<T>,
  isText: (event: T) => boolean,
  ok: (last: T) => boolean,
  /** When the turn was asked (before the request, for a turn over HTTP). */
  startedAt = performance.now(),
) {
  let ttfaMs: number | undefined;
  let previous: number | undefined;
  let last: T | undefined;
  const gapsMs: number[] = [];
  for await (const event of events) {
    const now = performance.now() - startedAt;
    if (ttfaMs === undefined && isText(event)) ttfaMs = now;
    if (ttfaMs !== undefined && previous !== undefined && previous >= ttfaMs) gapsMs.push(now - previous);
    previous = now;
    last = event;
  }
  if (ttfaMs === undefined || last === undefined || !ok(last))
    throw new Error(`a turn did not answer: ${JSON.stringify(last)}`);
  return { ttfaMs, totalMs: performance.now() - startedAt, gapsMs, deliveryMs: [] } satisfies TurnSample;
}

/** The network (DATABASE_URL, else the test database), the simulator in its own process, and the chat server on a free port. */
async function setUp(signal: AbortSignal) {
  let url = databaseUrlFromEnv();
  if (!(await databaseExists(url))) {
    if (!existsSync(TEST_DATABASE))
      throw new Error(`no database at ${url}: run \`npx dossier import\` first`);
    url = TEST_DATABASE;
  }
  const db = openDatabase({ url });
  const network = createNetwork(db);
  const registry = createSkillRegistry({
    network,
    skills: createDefaultSkills({ webSearch: createBundledWebSearch() }),
  });
  const sim = await spawnThreeCallSimulator({ ttftMs: TTFT_MS, tbtMs: TBT_MS }, signal);
  const gateway = createSimulatorGateway(sim.url, { endpoint: UNLIMITED_ENDPOINT });
  const assistant = await createChatAssistant({ network, registry, gateway });
  // When the pipeline yields the event behind each part (numbered as the hub numbers them), by
  // message: what the server adds is measured from there.
  const yieldedAt = new Map<string, number[]>();
  const timedPipeline: Pipeline = {
    async *runTurn(request) {
      const times: number[] = [];
      const toParts = createUiPartMapper();
      for await (const event of assistant.pipeline.runTurn(request)) {
        if (event.type === 'turn_started') yieldedAt.set(event.messageId, times);
        const now = performance.now();
        for (const _part of toParts(event)) times.push(now);
        yield event;
      }
    },
  };
  const hub = createTurnHub(timedPipeline);
  const operations = createServerOperations({
    env: {
      NODE_ENV: 'test',
      DOSSIER_RATE_LIMIT_TURNS_PER_MINUTE: '1000000',
      DOSSIER_RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    },
  });
  const server = await startServer(
    createApp(network, operations, { ...assistant, pipeline: timedPipeline, hub }),
    {
      port: 0,
      hostname: '127.0.0.1',
    },
  );
  console.log(
    `database ${url}; simulator ${sim.url} in its own process (ttft ${TTFT_MS} ms, tbt ${TBT_MS} ms); ` +
      `server ${server.url} in this process; ${availableParallelism()} cores\n`,
  );

  const pipelineTurn = (signal: AbortSignal) =>
    timeTurn(
      assistant.pipeline.runTurn({ ...THREE_CALL_QUESTION, signal }),
      (event) => event.type === 'text_delta',
      (last) => last.type === 'done',
    );
  const serverTurn = async (signal: AbortSignal, conversationId = randomUUID()) => {
    const startedAt = performance.now();
    const response = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Member-Id': String(THREE_CALL_QUESTION.member) },
      body: JSON.stringify({
        id: conversationId,
        messages: [
          { id: randomUUID(), role: 'user', parts: [{ type: 'text', text: THREE_CALL_QUESTION.question }] },
        ],
      }),
      signal,
    });
    if (!response.ok || !response.body)
      throw new Error(`POST /api/chat: ${response.status} ${await response.text()}`);
    const isText = (event: SseEvent) => event.data.includes('"type":"text-delta"');
    let messageId = '';
    const readAt: number[] = [];
    const body = response.body;
    const events = async function* () {
      for await (const event of readSseEvents(body)) {
        if (event.data !== '[DONE]') readAt.push(performance.now());
        if (!messageId && event.data.includes('"type":"start"')) messageId = JSON.parse(event.data).messageId;
        yield event;
      }
    };
    const sample = await timeTurn(events(), isText, (last) => last.data === '[DONE]', startedAt);
    const yielded = yieldedAt.get(messageId) ?? [];
    yieldedAt.delete(messageId);
    if (yielded.length !== readAt.length)
      throw new Error(`parts: ${yielded.length} yielded, ${readAt.length} read`);
    return { ...sample, deliveryMs: readAt.map((at, index) => at - (yielded[index] as number)) };
  };
  return {
    pipelineTurn,
    serverTurn,
    async close() {
      await hub.close();
      await server.close();
      sim.stop();
      await assistant.close();
      await db.destroy();
    },
  };
}

/** From the pipeline yielding an event to the client reading its part (over HTTP only). */
function deliveryColumn(runs: TurnSample[]): string {
  const delivery = runs.flatMap((s) => s.deliveryMs);
  return delivery.length === 0
    ? '–'
    : `${percentile(delivery, 50).toFixed(1)} / ${percentile(delivery, 99).toFixed(1)}`;
}

/** The same turn through the pipeline alone and through the server (SSE over loopback), alternating. */
async function addedLatency(setup: Setup, signal: AbortSignal): Promise<void> {
  console.log(
    `### Server-side latency per turn over the pipeline alone: the three-call turn, ${LATENCY_RUNS} runs each, alternating, same process\n`,
  );
  const ways = {
    'pipeline alone (runTurn)': setup.pipelineTurn,
    'server (POST /api/chat, SSE)': setup.serverTurn,
  };
  const names = Object.keys(ways) as (keyof typeof ways)[];
  const samples: Record<string, (TurnSample & { cpuMs: number })[]> = Object.fromEntries(
    names.map((name) => [name, []]),
  );
  const bars = createStepBars();
  const bar = bars.onStep('latency turns');
  bar.total((LATENCY_RUNS + 1) * names.length);
  try {
    for (let run = 0; run <= LATENCY_RUNS; run++) {
      for (const name of run % 2 === 0 ? names : [...names].reverse()) {
        const cpuAtStart = process.cpuUsage();
        const sample = await ways[name](signal);
        const cpu = process.cpuUsage(cpuAtStart);
        // run 0 warms up JIT, connections and SQLite pages
        if (run > 0) samples[name]?.push({ ...sample, cpuMs: (cpu.user + cpu.system) / 1000 });
        bar.advance();
      }
    }
  } finally {
    bars.stop();
  }
  const alone = samples[names[0] as string] ?? [];
  const row = (runs: (TurnSample & { cpuMs: number })[]) => ({
    'CPU ms/turn (median)': ms(median(runs.map((s) => s.cpuMs))),
    'TTFA median ms': ms(median(runs.map((s) => s.ttfaMs))),
    'total median ms': ms(median(runs.map((s) => s.totalMs))),
    'part delivery p50 / p99 ms': deliveryColumn(runs),
    'TTFA added ms': (median(runs.map((s) => s.ttfaMs)) - median(alone.map((s) => s.ttfaMs))).toFixed(1),
    'total added ms': (median(runs.map((s) => s.totalMs)) - median(alone.map((s) => s.totalMs))).toFixed(1),
    'TTFA ratio': `${(median(runs.map((s) => s.ttfaMs)) / median(alone.map((s) => s.ttfaMs))).toFixed(3)}×`,
    'total ratio': `${(median(runs.map((s) => s.totalMs)) / median(alone.map((s) => s.totalMs))).toFixed(3)}×`,
  });
  console.table(Object.fromEntries(names.map((name) => [name, row(samples[name] ?? [])])));
  console.log('');
}

/** `sessions` clients at once over loopback, each asking TURNS_PER_SESSION turns in one conversation. */
async function concurrentSessions(setup: Setup, signal: AbortSignal): Promise<void> {
  console.log(
    `### Concurrent streaming sessions on ${availableParallelism()} cores: each session asks ${TURNS_PER_SESSION} turns in one ` +
      `conversation, the simulator sending a token every ${TBT_MS} ms. Budget: the time the server adds to each event, ` +
      `from the pipeline yielding an event to the client reading its part, under ${BUDGET_MS} ms at p99 ` +
      `(the gaps between events also hold the pipeline's own pauses: sentences held for the trust check, cards; ` +
      `shown for reference with their growth over one session). The load generator shares the server's process, so ` +
      `the figures are an upper bound on what the server alone adds.\n`,
  );
  const turnMs = median(
    await Promise.all([setup.serverTurn(signal), setup.serverTurn(signal)]).then((s) =>
      s.map((t) => t.totalMs),
    ),
  );
  const rows: Record<string, Record<string, string | number>> = {};
  const levels: { level: number; addedMs: number }[] = [];
  let baselineP99: number | undefined;
  const bars = createStepBars();
  try {
    for (const sessions of LEVELS) {
      if (signal.aborted) break;
      const bar = bars.onStep(`${sessions} sessions`);
      const turnsEach = sessions === 1 ? BASELINE_TURNS : TURNS_PER_SESSION;
      bar.total(sessions * turnsEach);
      const loadAtStart = load();
      const samples: TurnSample[] = [];
      let failures = 0;
      const session = async (index: number) => {
        await sleep((index * turnMs) / sessions, undefined, { signal }); // first turns spread over one turn
        const conversationId = randomUUID();
        for (let turn = 0; turn < turnsEach; turn++) {
          try {
            samples.push(await setup.serverTurn(signal, conversationId));
          } catch (error) {
            if (signal.aborted) throw error;
            failures++;
          }
          bar.advance();
        }
      };
      // How long the event loop (the pipeline's work and the server's, shared) kept callbacks waiting.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const cpuAtStart = process.cpuUsage();
      const startedAt = performance.now();
      await Promise.all(Array.from({ length: sessions }, (_, index) => session(index)));
      const cpu = process.cpuUsage(cpuAtStart);
      loopDelay.disable();
      const gaps = samples.flatMap((s) => s.gapsMs);
      const delivery = samples.flatMap((s) => s.deliveryMs);
      baselineP99 ??= percentile(gaps, 99);
      const deliveryP99 = failures > 0 ? Number.POSITIVE_INFINITY : percentile(delivery, 99);
      levels.push({ level: sessions, addedMs: deliveryP99 });
      rows[`${sessions} sessions`] = {
        turns: samples.length,
        failed: failures,
        'gap p50 ms': ms(percentile(gaps, 50)),
        'gap p99 ms': ms(percentile(gaps, 99)),
        'gap p99 over 1 session ms': ms(percentile(gaps, 99) - baselineP99),
        'delivery p50 ms': percentile(delivery, 50).toFixed(1),
        'delivery p99 ms': percentile(delivery, 99).toFixed(1),
        'TTFA p50 ms': ms(
          percentile(
            samples.map((s) => s.ttfaMs),
            50,
          ),
        ),
        'TTFA p99 ms': ms(
          percentile(
            samples.map((s) => s.ttfaMs),
            99,
          ),
        ),
        'loop delay p99 ms': ms(loopDelay.percentile(99) / 1e6),
        'CPU ms/turn': ms((cpu.user + cpu.system) / 1000 / Math.max(1, samples.length)),
        'CPU (1 = a core)': ((cpu.user + cpu.system) / 1000 / (performance.now() - startedAt)).toFixed(2),
        'load avg at start': loadAtStart,
      };
      process.stderr.write(
        `  ${sessions} sessions: delivery p99 ${deliveryP99.toFixed(1)} ms, gap p99 ${ms(percentile(gaps, 99))} ms, ${failures} failed\n`,
      );
      if (!(deliveryP99 < GIVE_UP_MS)) break;
    }
  } finally {
    bars.stop();
  }
  console.table(rows);
  const largest = largestWithinBudget(levels, BUDGET_MS);
  console.log(
    largest === undefined
      ? `Even one session breaks the ${BUDGET_MS} ms p99 budget: rerun on a quieter machine.`
      : `Largest number of concurrent streaming sessions with the server adding under ${BUDGET_MS} ms to each event at p99: ${largest} ` +
          `(levels tried: ${LEVELS.join(', ')}; load average at end: ${load()}).\n`,
  );
}

export const serverBenchmark: Benchmark = {
  name: 'server',
  description:
    'chat API latency added per turn over the pipeline alone (TTFA, total, per event); concurrent streaming sessions with under 50 ms added per event at p99',
  async run({ signal }) {
    const only = process.env.DOSSIER_BENCH_SERVER_PART; // latency | sessions, to rerun one part
    const setup = await setUp(signal);
    try {
      if (!only || only === 'latency') await addedLatency(setup, signal);
      if (!only || only === 'sessions') await concurrentSessions(setup, signal);
    } finally {
      await setup.close();
    }
  },
};
