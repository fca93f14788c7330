import type { TurnEvent } from '../../pipeline/turn-event.ts';
import { composeCard } from '../../ui/compose-card.ts';
import { composeFollowUps } from '../../ui/compose-follow-ups.ts';
import type { DossierChunk } from './dossier-ui-message.ts';

/** The answer's first text part; a retraction closes it and later text opens `answer-2`, `answer-3`, … */
const TEXT_ID = 'answer';

/**
 * Maps one turn's events, in order, to AI SDK UI message stream parts (README "Contract").
 * Stateful (one per turn): it opens and closes text parts, remembers each skill call's
 * arguments for its finished update, and notes an offline answer once. The same events always
 * give the same parts, so a stored turn replays exactly as it streamed.
 */
export function createUiPartMapper(): (event: TurnEvent) => DossierChunk[] {
  let textOpen = false;
  let textParts = 0;
  const textId = () => (textParts <= 1 ? TEXT_ID : `${TEXT_ID}-${textParts}`);
  const callArgs = new Map<number, Record<string, unknown>>();
  const closeText = (): DossierChunk[] => {
    if (!textOpen) return [];
    textOpen = false;
    return [{ type: 'text-end', id: textId() }];
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
        const opening: DossierChunk[] = [];
        if (!textOpen) {
          textParts++;
          opening.push({ type: 'text-start', id: textId() });
        }
        textOpen = true;
        return [...opening, { type: 'text-delta', id: textId(), delta: event.text }];
      }
      case 'retracted':
        // Text already sent cannot be unsent: the text part ends here, so the retraction's place among
        // the message's parts says which text it cuts (everything before it, back to `fromChar`).
        return [
          ...closeText(),
          { type: 'data-retraction', data: { fromChar: event.fromChar, reason: event.reason } },
        ];
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
