import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENTS } from '../../agents/agents.ts';
import { loadDevSet } from '../../agents/dev-set.ts';
import { migrateToLatest } from '../../network/db/migrate.ts';
import { openDatabase } from '../../network/db/open-database.ts';
import type { ContextKind } from '../../router/route-input.ts';
import { loadRouterModel } from '../../router/router-model.ts';
import { createTestRegistry } from '../../skills/test-network.ts';
import { createConversationStore } from '../create-conversation-store.ts';
import { createPipeline } from '../create-pipeline.ts';
import { createScriptedModel, type ScriptedCall } from '../testing/create-scripted-model.ts';
import type { TurnEvent } from '../turn-event.ts';

const { db, network, registry } = createTestRegistry();
const routerModel = loadRouterModel();
const storeDb = openDatabase({
  url: join(mkdtempSync(join(tmpdir(), 'dossier-trust-')), 'conversations.sqlite'),
});
const store = createConversationStore(storeDb);
beforeAll(() => migrateToLatest(storeDb));
afterAll(async () => {
  await storeDb.destroy();
  await db.destroy();
});

const PLAN = `thought: data engineering jobs in Austin
calls:
  - skill: job_search
    args:
      query: data engineer
      location: Austin
`;
const FOLLOW_UPS =
  '\n\nFollow-ups:\n- Show me remote data engineer jobs\n- What do data engineers earn in Austin?\n';

const firstJob = (call: ScriptedCall) => /\[job:\d+\]/.exec(call.user)?.[0] ?? '[job:0]';

async function turn(answer: (call: ScriptedCall) => string, { tbtMs = 0 } = {}) {
  const { model } = createScriptedModel((call) =>
    call.step === 'plan' ? { text: PLAN } : { text: answer(call) + FOLLOW_UPS, tbtMs },
  );
  const pipeline = createPipeline({ network, registry, routerModel, models: { offlineModel: model }, store });
  const events: TurnEvent[] = [];
  for await (const event of pipeline.runTurn({ question: 'Find data engineer jobs in Austin', member: 3 }))
    events.push(event);
  let shown = '';
  for (const event of events) {
    if (event.type === 'text_delta') shown += event.text;
    if (event.type === 'retracted') shown = shown.slice(0, event.fromChar);
  }
  const trustEvents = events.filter(
    (event) => event.type === 'retracted' || (event.type === 'degraded' && event.reason.startsWith('trust')),
  );
  return { events, shown, trustEvents };
}

describe('the trust classifier in a turn', () => {
  it('lets a grounded answer through unchanged, with no note', async () => {
    const { shown, trustEvents, events } = await turn(
      (call) => `Here is a data engineering role in Austin ${firstJob(call)}. It matches your search.`,
    );
    expect(shown.trimEnd()).toMatch(
      /^Here is a data engineering role in Austin \[job:\d+\]\. It matches your search\.$/,
    );
    expect(trustEvents).toEqual([]);
    expect(events.some((event) => event.type === 'attachment')).toBe(true);
  });

  it.each([
    [
      'a demeaning sentence',
      "Honestly, you're a terrible fit for any of them.",
      'respect',
      'was not respectful',
    ],
    [
      'an uncited, invented salary',
      'Roles like this pay $412,000 a year.',
      'grounding',
      'stated a fact I could not find',
    ],
    [
      "another person's phone number",
      'The hiring manager takes calls on (202) 555-0199.',
      'private_data',
      'private contact details',
    ],
  ])('withholds %s, says so in a note and a degraded event', async (_, bad, check, note) => {
    const { shown, trustEvents } = await turn(
      (call) => `Here is a data engineering role in Austin ${firstJob(call)}. ${bad} It matches your search.`,
    );
    expect(shown).not.toContain(bad);
    expect(shown).toMatch(
      /^Here is a data engineering role in Austin \[job:\d+\]\. It matches your search\./,
    );
    expect(shown).toContain(note);
    expect(trustEvents).toEqual([
      expect.objectContaining({ type: 'degraded', step: 'answer', reason: expect.stringContaining(check) }),
    ]);
  });

  it('retracts a slow sentence already partly shown when its end fails', async () => {
    // 40 words at 10 ms each: held past the 150 ms limit, so its start is shown before the phone number.
    const long = `The team behind ${'the platform, its pipelines and dashboards, '.repeat(6)}is reachable at (202) 555-0199.`;
    const { shown, events } = await turn((call) => `${long} ${firstJob(call)} is one opening.`, {
      tbtMs: 10,
    });
    const retracted = events.find((event) => event.type === 'retracted');
    expect(retracted).toMatchObject({ type: 'retracted', fromChar: 0 });
    expect(retracted && events.indexOf(retracted)).toBeGreaterThan(
      events.findIndex((event) => event.type === 'text_delta'),
    );
    expect(shown).toMatch(/^\[job:\d+\] is one opening\./);
    expect(shown).not.toContain('555-0199');
    // The stored message is what the member was left with.
    const started = events.find((event) => event.type === 'turn_started');
    const stored = await store.messages(started?.type === 'turn_started' ? started.conversationId : '');
    expect(stored.at(-1)).toMatchObject({ role: 'assistant', text: shown, status: 'complete' });
  });

  it("keeps the offline engine's answers over every agent's dev set untouched (grounded by construction)", {
    timeout: 120_000,
  }, async () => {
    const pipeline = createPipeline({ network, registry, routerModel });
    const flagged: string[] = [];
    let answered = 0;
    for (const agent of Object.values(AGENTS)) {
      for (const question of loadDevSet(agent.devSetFile)) {
        const [kind, id] = question.context?.split(':') ?? [];
        for await (const event of pipeline.runTurn({
          question: question.question,
          member: 3,
          context: kind && id ? { kind: kind as ContextKind, id } : undefined,
        })) {
          if (event.type === 'done') answered++;
          if (event.type === 'retracted' || (event.type === 'degraded' && event.reason.startsWith('trust')))
            flagged.push(`${question.question}: ${JSON.stringify(event)}`);
        }
      }
    }
    expect(answered).toBeGreaterThanOrEqual(30);
    expect(flagged).toEqual([]);
  });
});
