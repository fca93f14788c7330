import { messageText } from '../llm/simulator/chat-completion-request.ts';
import { createEchoResponder } from '../llm/simulator/create-echo-responder.ts';
import type { Responder } from '../llm/simulator/responder.ts';
import type { OfflineEngine } from './create-offline-engine.ts';

/**
 * The simulator's content from the offline engine: plans and answers as Dossier's prompts expect them.
 * Requests offering OpenAI tools go to the echo responder, which answers with tool calls.
 */
export function createOfflineResponder(engine: OfflineEngine): Responder {
  const echo = createEchoResponder();
  return async (request, context) => {
    if (request.tools?.length) return echo(request, context);
    const system = request.messages.filter((m) => m.role === 'system' || m.role === 'developer');
    const user = request.messages.findLast((m) => m.role === 'user');
    const text = await engine.respond({
      system: system.map(messageText).join('\n\n'),
      user: user ? messageText(user) : '',
    });
    return { text };
  };
}
