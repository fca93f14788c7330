import type { ChatCompletionRequest } from './chat-completion-request.ts';
import type { Random } from './seeded-random.ts';

export interface SimulatedToolCall {
  name: string;
  /** JSON text, streamed as-is in `function.arguments` deltas. */
  arguments: string;
}

/** What the model "says": text (possibly a YAML plan) or tool calls. */
export type SimulatedResponse = { text: string } | { toolCalls: SimulatedToolCall[] };

/**
 * Where the simulator's content comes from. Scripted responders serve tests; the offline engine
 * plugs in here too. Timing and faults are the simulator's business, not the responder's.
 */
export type Responder = (
  request: ChatCompletionRequest,
  context: { random: Random },
) => SimulatedResponse | Promise<SimulatedResponse>;
