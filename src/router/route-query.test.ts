import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLlmConfig } from '../llm/config/load-llm-config.ts';
import { createGateway } from '../llm/gateway/create-gateway.ts';
import { createLlmMetrics } from '../llm/metrics/create-llm-metrics.ts';
import { createScriptedResponder } from '../llm/simulator/create-scripted-responder.ts';
import { type RunningSimulator, startSimulator } from '../llm/simulator/start-simulator.ts';
import { predictAgent } from './predict-agent.ts';
import { routeQuery } from './route-query.ts';
import { loadRouterModel } from './router-model.ts';

const model = loadRouterModel();
/** Vague enough that the model is unsure: the cascade must ask the LLM. */
const unsure = { query: 'how does that work for people like me' };
const sure = { query: 'find registered nurse jobs in Boston' };
const signal = new AbortController().signal;

function gatewayFor(sim: RunningSimulator, gateway: Record<string, unknown> = {}) {
  const config = parseLlmConfig({
    llm: {
      small: { endpoints: [{ name: 'sim', url: sim.url, model: 'sim' }] },
      gateway: { retries: 0, backoffMs: 10, ...gateway },
    },
  });
  return createGateway(config, { metrics: createLlmMetrics() });
}

describe('routeQuery (the cascade) against the LLM simulator over HTTP', () => {
  let answering: RunningSimulator;
  let failing: RunningSimulator;
  let slow: RunningSimulator;
  let rambling: RunningSimulator;
  beforeAll(async () => {
    const responder = createScriptedResponder([], { text: 'company' });
    [answering, failing, slow, rambling] = await Promise.all([
      startSimulator({ responder, ttftMs: 20, tbtMs: 1 }),
      startSimulator({ responder, ttftMs: 5, faultRate: 1, faults: ['500'] }),
      startSimulator({ responder, ttftMs: 2000 }),
      startSimulator({
        responder: createScriptedResponder([], { text: 'I am not sure, sorry.' }),
        ttftMs: 5,
      }),
    ]);
  });
  afterAll(() => Promise.all([answering, failing, slow, rambling].map((sim) => sim?.close())));

  it('lets the model answer when it is confident, without calling the LLM', async () => {
    const before = answering.stats().requests;
    const result = await routeQuery(sure, { model, gateway: gatewayFor(answering), signal });
    expect(result).toMatchObject({ agent: 'jobs', source: 'model' });
    expect(result.confidence).toBeGreaterThanOrEqual(model.threshold);
    expect(answering.stats().requests).toBe(before);
  });

  it('asks the LLM below the threshold and takes its answer', async () => {
    expect(predictAgent(model, unsure).confidence).toBeLessThan(model.threshold);
    const before = answering.stats().requests;
    const result = await routeQuery(unsure, { model, gateway: gatewayFor(answering), signal });
    expect(result).toMatchObject({ agent: 'company', source: 'llm' });
    expect(answering.stats().requests).toBe(before + 1);
  });

  it("falls back to the model's answer when the LLM fails, times out, names no agent or is not configured", async () => {
    const modelAnswer = predictAgent(model, unsure).agent;
    const results = await Promise.all([
      routeQuery(unsure, { model, gateway: gatewayFor(failing), signal }),
      routeQuery(unsure, { model, gateway: gatewayFor(slow), llmTimeoutMs: 100, signal }),
      routeQuery(unsure, { model, gateway: gatewayFor(rambling), signal }),
      routeQuery(unsure, { model, gateway: createGateway(parseLlmConfig({})), signal }),
      routeQuery(unsure, { model, signal }),
    ]);
    for (const result of results)
      expect(result).toMatchObject({ agent: modelAnswer, source: 'model-fallback' });
    expect(results.map((result) => result.fallbackReason)).toEqual([
      expect.stringMatching(/500|failed/),
      expect.any(String),
      'the LLM named no agent',
      expect.stringMatching(/no LLM endpoint/),
      expect.stringMatching(/no LLM endpoint/),
    ]);
  });

  it("throws the caller's abort instead of falling back", async () => {
    const controller = new AbortController();
    const routing = routeQuery(unsure, { model, gateway: gatewayFor(slow), signal: controller.signal });
    controller.abort(new Error('member left'));
    await expect(routing).rejects.toThrow('member left');
  });
});
