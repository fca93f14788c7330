import { afterAll, expect, test } from 'vitest';
import { AGENTS } from '../agents/agents.ts';
import { loadDevSet as loadAgentDevSet } from '../agents/dev-set.ts';
import { loadExamples } from '../examples/load-examples.ts';
import { percentile } from '../llm/metrics/percentile.ts';
import { parsePlan } from '../plan-parser/parse-plan.ts';
import { loadDevSet } from '../router/load-dev-set.ts';
import type { AgentName } from '../skills/agent-skill-sets.ts';
import { createOfflineFixture, type OfflineCase } from './testing/offline-fixture.ts';

// Figures over sets the engine was not written against: the router's hand-written dev set (is every
// plan valid?) and the curated plan examples (does it call the skills a person chose?).

const fixture = createOfflineFixture();
afterAll(() => fixture.db.destroy());

const devCases: OfflineCase[] = loadDevSet().handWritten.flatMap(({ input, agent }) =>
  agent === 'out_of_scope'
    ? []
    : [
        {
          agent: agent as AgentName,
          question: input.query,
          context: input.context && `${input.context.kind}:${input.context.id}`,
          memberId: 2,
        },
      ],
);

test('every plan over the router dev set is valid, within a few milliseconds', async () => {
  await fixture.plan({ agent: 'jobs', question: 'warm up the gazetteers' });
  const latencies: number[] = [];
  const invalid: string[] = [];
  for (const request of devCases) {
    const started = performance.now();
    const { text, parsed } = await fixture.plan(request);
    latencies.push(performance.now() - started);
    if (!parsed.ok || parsed.rejected.length > 0 || parsed.repairs.length > 0 || parsed.calls.length === 0) {
      invalid.push(`${request.agent}: ${request.question}\n${text}`);
    }
  }
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  console.log(
    `offline plans: ${devCases.length - invalid.length}/${devCases.length} valid; latency p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
  );
  expect(invalid).toEqual([]);
  expect(p50).toBeLessThan(50);
});

test('plans call the skills the curated examples call', async () => {
  const examples = loadExamples().filter((example) => example.step === 'plan');
  let chosen = 0;
  let curated = 0;
  let shared = 0;
  const misses: string[] = [];
  for (const example of examples) {
    const expected = new Set(
      parsePlan(example.response, { skills: fixture.skills }).calls.map((call) => call.skill),
    );
    const { parsed } = await fixture.plan({
      agent: example.agent,
      question: example.query,
      context: example.context,
      memberId: 2,
    });
    const got = new Set(parsed.calls.map((call) => call.skill));
    const common = [...got].filter((skill) => expected.has(skill)).length;
    chosen += got.size;
    curated += expected.size;
    shared += common;
    if (common < expected.size)
      misses.push(`${example.key}: want ${[...expected].join(',')} got ${[...got].join(',')}`);
  }
  const precision = shared / chosen;
  const recall = shared / curated;
  console.log(
    `offline plans vs ${examples.length} curated plans: skill precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}\n${misses.join('\n')}`,
  );
  expect(recall).toBeGreaterThan(0.7);
  expect(precision).toBeGreaterThan(0.6);
});

test("plans call the skills the agents' dev sets expect", async () => {
  let expectedCount = 0;
  let found = 0;
  const misses: string[] = [];
  for (const [agent, config] of Object.entries(AGENTS)) {
    if (agent === 'out_of_scope') continue;
    for (const question of loadAgentDevSet(config.devSetFile)) {
      const { parsed } = await fixture.plan({
        agent: agent as AgentName,
        question: question.question,
        context: question.context,
        memberId: 2,
      });
      const got = new Set(parsed.calls.map((call) => call.skill));
      const hits = question.expected_skills.filter((skill) => got.has(skill)).length;
      expectedCount += question.expected_skills.length;
      found += hits;
      if (hits < question.expected_skills.length)
        misses.push(
          `${agent}: ${question.question} want ${question.expected_skills.join(',')} got ${[...got].join(',')}`,
        );
    }
  }
  console.log(
    `offline plans vs the agents' dev sets: skill recall ${(found / expectedCount).toFixed(2)}\n${misses.join('\n')}`,
  );
  expect(found / expectedCount).toBeGreaterThan(0.75);
});
