import { afterAll, describe, expect, test } from 'vitest';
import { startSimulator } from '../llm/simulator/start-simulator.ts';
import { parsePlan } from '../plan-parser/parse-plan.ts';
import { createOfflineResponder } from './create-offline-responder.ts';
import { OFFLINE_LABEL } from './offline-label.ts';
import { createOfflineFixture } from './testing/offline-fixture.ts';

const fixture = createOfflineFixture();
const simulator = await startSimulator({
  responder: createOfflineResponder(fixture.engine),
  ttftMs: 0,
  tbtMs: 0,
  port: 0,
});
afterAll(async () => {
  await simulator.close();
  await fixture.db.destroy();
});

async function complete(body: Record<string, unknown>) {
  const response = await fetch(`${simulator.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'sim', ...body }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    choices: { message: { content: string | null; tool_calls?: unknown[] } }[];
  };
}

describe('dossier sim-llm with the offline responder', () => {
  test('serves offline plans over HTTP', async () => {
    const prompt = fixture.planningPrompt({
      agent: 'job_fit',
      question: 'Am I a fit for this job?',
      context: 'job:175485704 — Software Engineer at GOYT',
      memberId: 2,
    });
    const reply = await complete({ messages: prompt.messages });
    const plan = parsePlan(reply.choices[0]?.message.content ?? '', { skills: fixture.skills });
    expect(plan.calls.map((call) => call.skill)).toEqual(['job_details', 'skill_gap', 'profile_view']);
  });

  test('serves offline answers over HTTP', async () => {
    const prompt = fixture.answerPrompt({ agent: 'company', question: 'Tell me about GOYT' }, [
      { kind: 'company', id: 76987056, text: '[company_id 76987056] GOYT · Denver, CO · 1 open job(s)' },
    ]);
    const reply = await complete({ messages: prompt.messages });
    const text = reply.choices[0]?.message.content ?? '';
    expect(text.startsWith(OFFLINE_LABEL)).toBe(true);
    expect(text).toContain('[company:76987056]');
  });

  test('requests with OpenAI tools still get tool calls', async () => {
    const reply = await complete({
      messages: [{ role: 'user', content: 'find jobs' }],
      tools: [
        {
          type: 'function',
          function: { name: 'job_search', parameters: { type: 'object', properties: {} } },
        },
      ],
    });
    expect(reply.choices[0]?.message.tool_calls).toHaveLength(1);
  });

  test('under the malformed fault the plan is damaged the way LLMs damage plans, and the parser still reads it', async () => {
    const faulty = await startSimulator({
      responder: createOfflineResponder(fixture.engine),
      ttftMs: 0,
      tbtMs: 0,
      port: 0,
      faultRate: 1,
      faults: ['malformed'],
    });
    try {
      const prompt = fixture.planningPrompt({
        agent: 'jobs',
        question: 'Find me data engineer jobs in Austin',
      });
      const clean = await fixture.engine.respond(fixture.toText(prompt.messages));
      const response = await fetch(`${faulty.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'sim', messages: prompt.messages }),
      });
      const text =
        ((await response.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message
          .content ?? '';
      expect(text).not.toBe(clean);
      const plan = parsePlan(text, { skills: fixture.skills });
      expect(plan.ok).toBe(true);
      expect(plan.repairs.length + plan.rejected.length).toBeGreaterThan(0);
    } finally {
      await faulty.close();
    }
  });
});
