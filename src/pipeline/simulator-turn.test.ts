import { afterAll, describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../llm/simulator/simulator-options.ts';
import { startSimulator } from '../llm/simulator/start-simulator.ts';
import { OFFLINE_LABEL } from '../offline-engine/offline-label.ts';
import { loadRouterModel } from '../router/router-model.ts';
import { createTestRegistry } from '../skills/test-network.ts';
import { createPipeline } from './create-pipeline.ts';
import { createSimulatorGateway } from './testing/create-simulator-gateway.ts';
import { createThreeCallResponder, THREE_CALL_QUESTION } from './testing/three-call-turn.ts';
import type { TurnEvent } from './turn-event.ts';

const { db, network, registry } = createTestRegistry();
const routerModel = loadRouterModel();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await db.destroy();
});

/** A pipeline whose small and large roles are one simulator over real HTTP. */
async function pipelineOverHttp(options: SimulatorOptions) {
  const sim = await startSimulator({
    responder: createThreeCallResponder(),
    ttftMs: 40,
    tbtMs: 4,
    ...options,
  });
  closers.push(sim.close);
  const gateway = createSimulatorGateway(sim.url, {
    gateway: { retries: 1, backoffMs: 5, maxBackoffMs: 20, ttftTimeoutMs: 2000 },
  });
  return createPipeline({ network, registry, routerModel, models: { gateway } });
}

async function ask(pipeline: Awaited<ReturnType<typeof pipelineOverHttp>>) {
  const events: TurnEvent[] = [];
  for await (const event of pipeline.runTurn(THREE_CALL_QUESTION)) {
    events.push(event);
  }
  const done = events.at(-1);
  return {
    events,
    text: events.flatMap((e) => (e.type === 'text_delta' ? [e.text] : [])).join(''),
    skills: events.flatMap((e) => (e.type === 'skill_call_started' ? [e] : [])),
    degraded: events.flatMap((e) => (e.type === 'degraded' ? [e] : [])),
    timings: done?.type === 'done' ? done.timings : [],
  };
}

describe('runTurn against the LLM simulator over HTTP', () => {
  it('streams plan and answer from the endpoint, firing calls while the plan streams', async () => {
    const { text, skills, timings, events } = await ask(await pipelineOverHttp({}));
    expect(events.at(-1)?.type).toBe('done');
    expect(skills.map((s) => s.skill)).toEqual(['job_search', 'profile_view', 'salary_insights']);
    const plan = timings.find((t) => t.step === 'plan');
    expect(plan?.source).toBe('endpoint');
    expect(skills[0] && plan && skills[0].atMs < plan.startMs + plan.durationMs).toBe(true);
    expect(text).toMatch(/^The closest match is a data engineering role \[job:\d+\]/);
    expect(timings.find((t) => t.step === 'answer')).toMatchObject({ source: 'endpoint' });
  });

  it('still answers when every plan comes back malformed', async () => {
    const { text, events } = await ask(await pipelineOverHttp({ faultRate: 1, faults: ['malformed'] }));
    expect(events.at(-1)?.type).toBe('done');
    expect(text.length).toBeGreaterThan(0);
  });

  it('falls back to the offline engine when the endpoint fails, and says so', async () => {
    const { text, degraded, timings } = await ask(await pipelineOverHttp({ faultRate: 1, faults: ['500'] }));
    expect(degraded.map((d) => d.step)).toEqual(['plan', 'answer']);
    expect(degraded[0]?.reason).toMatch(/LLM endpoint failed, planning offline/);
    expect(timings.find((t) => t.step === 'answer')?.source).toBe('offline');
    expect(text.startsWith(OFFLINE_LABEL)).toBe(true);
  });

  it('notes a stream cut after its first token instead of failing the turn', async () => {
    const { text, degraded, events } = await ask(await pipelineOverHttp({ faultRate: 1, faults: ['cut'] }));
    expect(events.at(-1)?.type).toBe('done');
    expect(degraded.map((d) => d.step)).toContain('answer');
    expect(text).toContain('The answer was cut short');
  });
});
