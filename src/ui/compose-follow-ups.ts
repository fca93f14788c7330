import { UI_SCHEMA_VERSION, type UiDocument } from './ui-node.ts';

/** Suggested questions (follow-ups, starters) as a wrapping row of buttons that ask them. */
export function composeFollowUps(questions: readonly string[]): UiDocument {
  return {
    version: UI_SCHEMA_VERSION,
    root: {
      type: 'row',
      gap: 'small',
      wrap: true,
      children: questions.map((text) => ({
        type: 'button',
        text,
        variant: 'secondary',
        action: { type: 'send_message', text },
      })),
    },
  };
}
