import { afterAll, describe, expect, it } from 'vitest';
import { loadRouterModel } from '../router/router-model.ts';
import { createTestRegistry } from '../skills/test-network.ts';
import { createPipeline } from './create-pipeline.ts';
import { createRepairCounters } from './create-repair-counters.ts';
import { createScriptedModel } from './testing/create-scripted-model.ts';

const { db, network, registry } = createTestRegistry();
afterAll(() => db.destroy());

// A plan with prose before it and no space after two colons: the parser repairs both.
const SLOPPY_PLAN = `Sure! Here is my plan.
thought: data engineering jobs in Austin
calls:
  - skill: job_search
    args:
      query:data engineer
      location:Austin
`;

describe('repair counters', () => {
  it('counts repairs across plans', () => {
    const counters = createRepairCounters();
    counters.record([{ kind: 'colon-space' }, { kind: 'colon-space' }, { kind: 'prose-before' }]);
    counters.record([{ kind: 'colon-space' }]);
    expect(Object.fromEntries(counters.counts())).toEqual({ 'colon-space': 3, 'prose-before': 1 });
  });

  it('after turns whose plans needed repairs, the next planning prompt stresses those mistakes', async () => {
    const { model, calls } = createScriptedModel((call) =>
      call.step === 'plan' ? { text: SLOPPY_PLAN } : { text: 'Nothing to add.' },
    );
    const pipeline = createPipeline({
      network,
      registry,
      routerModel: loadRouterModel(),
      models: { offlineModel: model },
    });
    const ask = async () => {
      for await (const _ of pipeline.runTurn({ question: 'Find data engineer jobs in Austin', member: 3 }));
    };
    await ask();
    await ask();
    const plans = calls.filter((call) => call.step === 'plan');
    expect(plans).toHaveLength(2);
    expect(plans[0]?.system).not.toContain('Mistakes to avoid');
    const rules = plans[1]?.system.slice(plans[1].system.indexOf('## Format rules')) ?? '';
    const stressed = rules.slice(rules.indexOf('Mistakes to avoid (most frequent first):'));
    expect(stressed).toMatch(/\n\d\. Put a space after every colon/);
    expect(stressed).toMatch(/\n\d\. Write only the YAML: no prose/);
  });
});
