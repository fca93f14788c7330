import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../pipeline/turn-event.ts';
import { uiDocumentSchema } from '../../ui/ui-node.ts';
import { assemble } from './rebuild-ui-messages.ts';
import { createUiPartMapper } from './to-ui-message-parts.ts';

const card = { kind: 'job', id: '12', title: 'Data Engineer', subtitle: 'Acme, Austin', url: null } as const;

describe('createUiPartMapper', () => {
  it('maps a turn to parts in protocol order, one text part, skill calls updated in place', () => {
    const events: TurnEvent[] = [
      { type: 'turn_started', conversationId: 'c1', messageId: 'm1' },
      { type: 'route', agent: 'jobs', confidence: 0.93, source: 'model' },
      { type: 'skill_call_started', callId: 0, skill: 'job_search', args: { query: 'data' }, atMs: 5 },
      {
        type: 'skill_call_finished',
        callId: 0,
        skill: 'job_search',
        ok: true,
        durationMs: 7,
        atMs: 12,
        items: 3,
      },
      { type: 'text_delta', text: 'One ' },
      { type: 'degraded', step: 'answer', reason: 'trust classifier withheld a sentence' },
      { type: 'text_delta', text: 'job.' },
      { type: 'attachment', card },
      { type: 'follow_ups', questions: ['Remote ones?'] },
      {
        type: 'done',
        totalMs: 40,
        timings: [{ step: 'answer', startMs: 12, durationMs: 20, source: 'offline' }],
      },
    ];
    const toParts = createUiPartMapper();
    const chunks = events.flatMap(toParts);
    expect(chunks.map((c) => c.type)).toEqual([
      'start',
      'data-conversation',
      'data-route',
      'data-skill-call',
      'data-skill-call',
      'text-start',
      'text-delta',
      'data-notice',
      'text-delta',
      'data-card',
      'data-follow-ups',
      'text-end',
      'data-notice',
      'finish',
    ]);
    expect(chunks[0]).toEqual({ type: 'start', messageId: 'm1' });
    expect(chunks[4]).toEqual({
      type: 'data-skill-call',
      id: '0',
      data: { skill: 'job_search', args: { query: 'data' }, status: 'ok', durationMs: 7, items: 3 },
    });
    const cardPart = chunks[9];
    expect(cardPart?.type === 'data-card' && cardPart.id).toBe('job:12');
    expect(cardPart?.type === 'data-card' && uiDocumentSchema.safeParse(cardPart.data.ui).success).toBe(true);
    expect(chunks[12]).toMatchObject({ type: 'data-notice', data: { level: 'info', code: 'offline' } });
    // Deterministic: the same events give the same parts (what replay from the store relies on).
    expect(events.flatMap(createUiPartMapper())).toEqual(chunks);
  });

  it('ends a failed turn with an error, a stopped one with an abort, and passes unknown events on', () => {
    const failed = createUiPartMapper();
    failed({ type: 'text_delta', text: 'Half' });
    expect(failed({ type: 'error', code: 'internal', message: 'boom' })).toEqual([
      { type: 'text-end', id: 'answer' },
      { type: 'error', errorText: 'boom' },
    ]);
    expect(
      createUiPartMapper()({ type: 'error', code: 'aborted', message: 'the turn was cancelled' }),
    ).toEqual([{ type: 'abort', reason: 'the turn was cancelled' }]);
    const future = { type: 'translated', language: 'fr' } as unknown as TurnEvent;
    expect(createUiPartMapper()(future)).toEqual([{ type: 'data-event', data: { event: future } }]);
  });

  it('ends the text part at a retraction and carries on in a new one, so the cut text stays placed', async () => {
    const events: TurnEvent[] = [
      { type: 'turn_started', conversationId: 'c1', messageId: 'm1' },
      { type: 'text_delta', text: 'Kept. ' },
      { type: 'text_delta', text: 'Call 555' },
      { type: 'retracted', fromChar: 6, reason: 'private_data: 1 phone number' },
      { type: 'text_delta', text: 'More. ' },
      { type: 'retracted', fromChar: 12, reason: 'grounding: the figure 9 appears in no source' },
      { type: 'text_delta', text: 'End.' },
      { type: 'done', totalMs: 9, timings: [] },
    ];
    const chunks = events.flatMap(createUiPartMapper());
    expect(chunks.slice(1)).toEqual([
      { type: 'data-conversation', data: { conversationId: 'c1', messageId: 'm1' } },
      { type: 'text-start', id: 'answer' },
      { type: 'text-delta', id: 'answer', delta: 'Kept. ' },
      { type: 'text-delta', id: 'answer', delta: 'Call 555' },
      { type: 'text-end', id: 'answer' },
      { type: 'data-retraction', data: { fromChar: 6, reason: 'private_data: 1 phone number' } },
      { type: 'text-start', id: 'answer-2' },
      { type: 'text-delta', id: 'answer-2', delta: 'More. ' },
      { type: 'text-end', id: 'answer-2' },
      {
        type: 'data-retraction',
        data: { fromChar: 12, reason: 'grounding: the figure 9 appears in no source' },
      },
      { type: 'text-start', id: 'answer-3' },
      { type: 'text-delta', id: 'answer-3', delta: 'End.' },
      { type: 'text-end', id: 'answer-3' },
      { type: 'finish', finishReason: 'stop' },
    ]);
    // The AI SDK's own reader keeps the parts in that order: text, retraction, text, retraction, text.
    const message = await assemble(chunks);
    expect(
      message?.parts.flatMap((part) =>
        part.type === 'text'
          ? [part.text]
          : part.type === 'data-retraction'
            ? [`cut to ${part.data.fromChar}`]
            : [],
      ),
    ).toEqual(['Kept. Call 555', 'cut to 6', 'More. ', 'cut to 12', 'End.']);
  });
});
