import type { TurnEvent } from './turn-event.ts';

/**
 * The answer as the member is left with it after `event`: a text delta adds to it, a retraction cuts
 * it back to `fromChar` (which counts in this text), anything else leaves it as it was.
 */
export function nextAnswerText(answer: string, event: TurnEvent): string {
  if (event.type === 'text_delta') return answer + event.text;
  if (event.type === 'retracted') return answer.slice(0, event.fromChar);
  return answer;
}
