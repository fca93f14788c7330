import { type ChatCompletionRequest, messageText } from './chat-completion-request.ts';
import type { Responder, SimulatedResponse } from './responder.ts';

export interface ScriptRule {
  /** A regular expression tested against the last user message, or any predicate on the request. */
  when: RegExp | ((request: ChatCompletionRequest) => boolean);
  respond: SimulatedResponse | ((request: ChatCompletionRequest) => SimulatedResponse);
}

export function lastUserMessage(request: ChatCompletionRequest): string {
  const message = request.messages.findLast((m) => m.role === 'user');
  return message ? messageText(message) : '';
}

/** Answers with the first rule that matches, else `otherwise`; for tests that need exact content. */
export function createScriptedResponder(rules: ScriptRule[], otherwise: ScriptRule['respond']): Responder {
  return (request) => {
    const rule = rules.find(({ when }) =>
      when instanceof RegExp ? when.test(lastUserMessage(request)) : when(request),
    );
    const respond = rule?.respond ?? otherwise;
    return typeof respond === 'function' ? respond(request) : respond;
  };
}
