import type { TurnEvent } from '../../pipeline/turn-event.ts';
import { composeCard } from '../../ui/compose-card.ts';
import { composeFollowUps } from '../../ui/compose-follow-ups.ts';
import type { DossierChunk } from './dossier-ui-message.ts';

/** The one text part of an answer. */
const TEXT_ID = 'answer';

/**
 * Maps one turn's events, in order, to AI SDK UI message stream parts (README "Contract").
 * Stateful (one per turn): it opens and closes the text part, remembers each skill call's
 * arguments for its finished update, and notes an offline answer once. The same events always
 * give the same parts, so a stored turn replays exactly as it streamed.
 */
export function createUiPartMapper(): (event: TurnEvent) => DossierChunk[] {
  let textOpen = false;
  const callArgs = new Map<number, Record<string, unknown>>();
  const closeText = (): DossierChunk[] => {
    if (!textOpen) return [];
    textOpen = false;
    return [{ type: 'text-end', id: TEXT_ID }];
  };

  return (event) => {
    switch (event.type) {
      case 'turn_started':
        return [
          { type: 'start', messageId: event.messageId },
          {
            type: 'data-conversation',
            data: { conversationId: event.conversationId, messageId: event.messageId },
          },
        ];
      case 'route':
        return [
          {
            type: 'data-route',
            data: { agent: event.agent, confidence: event.confidence, source: event.source },
          },
        ];
      case 'skill_call_started':
        callArgs.set(event.callId, event.args);
        return [
          {
            type: 'data-skill-call',
            id: String(event.callId),
            data: { skill: event.skill, args: event.args, status: 'running' },
          },
        ];
      case 'skill_call_finished':
        return [
          {
            type: 'data-skill-call',
            id: String(event.callId),
            data: {
              skill: event.skill,
              args: callArgs.get(event.callId) ?? {},
              status: event.ok ? 'ok' : 'failed',
              durationMs: event.durationMs,
              items: event.items,
              ...(event.error ? { error: event.error.message } : {}),
            },
          },
        ];
      case 'text_delta': {
        const opening: DossierChunk[] = textOpen ? [] : [{ type: 'text-start', id: TEXT_ID }];
        textOpen = true;
        return [...opening, { type: 'text-delta', id: TEXT_ID, delta: event.text }];
      }
      case 'degraded':
        return [
          {
            type: 'data-notice',
            data: { level: 'warning', code: `degraded_${event.step}`, text: event.reason },
          },
        ];
      case 'attachment':
        return [
          {
            type: 'data-card',
            id: `${event.card.kind}:${event.card.id}`,
            data: { card: event.card, ui: composeCard(event.card) },
          },
        ];
      case 'follow_ups':
        return [
          {
            type: 'data-follow-ups',
            data: { questions: event.questions, ui: composeFollowUps(event.questions) },
          },
        ];
      case 'done': {
        const offline = event.timings.some((timing) => timing.source === 'offline');
        return [
          ...closeText(),
          ...(offline
            ? [
                {
                  type: 'data-notice',
                  data: {
                    level: 'info',
                    code: 'offline',
                    text: 'Answered by the offline engine: a templated answer built from the facts found, without a language model.',
                  },
                } satisfies DossierChunk,
              ]
            : []),
          { type: 'finish', finishReason: 'stop' },
        ];
      }
      case 'error':
        return event.code === 'aborted'
          ? [...closeText(), { type: 'abort', reason: event.message }]
          : [...closeText(), { type: 'error', errorText: event.message }];
      default:
        return [{ type: 'data-event', data: { event } }];
    }
  };
}
