import { generateText, streamText } from 'ai';
import { afterAll, describe, expect, test } from 'vitest';
import { parsePlan } from '../plan-parser/parse-plan.ts';
import { toModelPrompt } from '../prompts/compose-prompt.ts';
import { createOfflineLanguageModel, OFFLINE_PROVIDER } from './create-offline-language-model.ts';
import { OFFLINE_LABEL } from './offline-label.ts';
import { createOfflineFixture } from './testing/offline-fixture.ts';

const fixture = createOfflineFixture();
afterAll(() => fixture.db.destroy());
const model = createOfflineLanguageModel({ engine: fixture.engine });

const planningPrompt = fixture.planningPrompt({
  agent: 'jobs',
  question: 'Find me data engineer jobs in Austin',
});
const planning = toModelPrompt(planningPrompt);
const answerPrompt = fixture.answerPrompt({ agent: 'jobs', question: 'data engineer jobs' }, [
  {
    kind: 'job',
    id: 175485704,
    text: '[job_id 175485704] Software Engineer — GOYT (company_id 76987056) · Denver, CO',
  },
]);
const answering = toModelPrompt(answerPrompt);

describe('the offline engine as an AI SDK language model', () => {
  test('is a v3 model of the dossier-offline provider', () => {
    expect(model.specificationVersion).toBe('v3');
    expect(model.provider).toBe(OFFLINE_PROVIDER);
  });

  test('streamText streams a plan the plan parser accepts, token by token, with usage', async () => {
    const result = streamText({ model, ...planning });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    const text = deltas.join('');
    expect(deltas.length).toBeGreaterThan(10);
    expect(text).toBe(await fixture.engine.respond(fixture.toText(planningPrompt.messages)));
    expect(parsePlan(text, { skills: fixture.skills }).calls.map((call) => call.skill)).toEqual([
      'job_search',
    ]);
    expect(await result.finishReason).toBe('stop');
    const usage = await result.usage;
    expect(usage.outputTokens).toBe(deltas.length);
    expect(usage.inputTokens).toBeGreaterThan(100);
  });

  test('generateText answers with the offline label and the dossier id', async () => {
    const { text, finishReason } = await generateText({ model, ...answering });
    expect(text.startsWith(OFFLINE_LABEL)).toBe(true);
    expect(text).toContain('[job:175485704]');
    expect(finishReason).toBe('stop');
  });

  test('maxOutputTokens cuts the text and reports length', async () => {
    const result = streamText({ model, ...answering, maxOutputTokens: 5 });
    expect((await result.text).length).toBeGreaterThan(0);
    expect(await result.finishReason).toBe('length');
    expect((await result.usage).outputTokens).toBe(5);
  });

  test('an abort mid-stream stops the deltas', async () => {
    const controller = new AbortController();
    const errors: unknown[] = [];
    const result = streamText({
      model,
      ...answering,
      abortSignal: controller.signal,
      onError: ({ error }) => void errors.push(error),
    });
    const deltas: string[] = [];
    const full = await fixture.engine.respond(fixture.toText(answerPrompt.messages));
    await expect(
      (async () => {
        for await (const delta of result.textStream) {
          deltas.push(delta);
          if (deltas.length === 3) controller.abort();
        }
      })(),
    ).resolves.toBeUndefined();
    expect(deltas.length).toBeLessThan(10);
    expect(deltas.join('').length).toBeLessThan(full.length);
  });

  test('an already aborted call never starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      generateText({ model, ...planning, abortSignal: controller.signal, maxRetries: 0 }),
    ).rejects.toThrow();
  });
});
