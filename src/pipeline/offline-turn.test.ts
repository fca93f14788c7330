import { afterAll, describe, expect, it } from 'vitest';
import { OFFLINE_LABEL } from '../offline-engine/offline-label.ts';
import { loadRouterModel } from '../router/router-model.ts';
import { createTestRegistry } from '../skills/test-network.ts';
import { createPipeline } from './create-pipeline.ts';
import type { TurnEvent } from './turn-event.ts';

const { db, network, registry } = createTestRegistry();
afterAll(() => db.destroy());

describe('runTurn with no endpoint configured', () => {
  it('plans and answers through the offline engine, labelled as offline, with cards and follow-ups', async () => {
    const pipeline = createPipeline({ network, registry, routerModel: loadRouterModel() });
    const events: TurnEvent[] = [];
    for await (const event of pipeline.runTurn({
      question: 'Am I a good fit for this job?',
      member: 3,
      context: { kind: 'job', id: '3876925520' },
    })) {
      events.push(event);
    }
    const types = new Set(events.map((e) => e.type));
    expect(events.at(-1)?.type).toBe('done');
    expect(events.find((e) => e.type === 'route')).toMatchObject({ agent: 'job_fit' });
    const skills = events.flatMap((e) => (e.type === 'skill_call_started' ? [e.skill] : []));
    expect(skills).toEqual(expect.arrayContaining(['job_details', 'skill_gap']));
    const text = events.flatMap((e) => (e.type === 'text_delta' ? [e.text] : [])).join('');
    expect(text.startsWith(OFFLINE_LABEL)).toBe(true);
    expect(text).toContain('[job:3876925520]');
    expect(types).toContain('attachment');
    const followUps = events.find((e) => e.type === 'follow_ups');
    expect(followUps?.type === 'follow_ups' && followUps.questions.length).toBeGreaterThanOrEqual(2);
    const done = events.at(-1);
    expect(done?.type === 'done' && done.timings.find((t) => t.step === 'answer')?.source).toBe('offline');
  });
});
