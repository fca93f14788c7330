import { messageText } from './chat-completion-request.ts';
import { lastUserMessage } from './create-scripted-responder.ts';
import type { Responder, SimulatedResponse } from './responder.ts';
import { pickOne, type Random } from './seeded-random.ts';

const FILLER = [
  'the',
  'role',
  'team',
  'skills',
  'experience',
  'company',
  'growth',
  'network',
  'hiring',
  'remote',
  'data',
  'engineering',
  'product',
  'leadership',
  'market',
  'salary',
  'career',
  'profile',
  'posts',
  'update',
];

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

function exampleValue(schema: JsonSchema, question: string): unknown {
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 5, 5);
    case 'boolean':
      return true;
    case 'array':
      return [question];
    default:
      return question;
  }
}

function answerText(question: string, maxTokens: number, random: Random): string {
  const words = [`You asked: ${question}.`];
  // ~1.3 tokens per filler word with its space; stop well inside the budget.
  for (let i = 0; i < maxTokens * 0.7; i++) words.push(pickOne(random, FILLER));
  return `${words.join(' ')}.`;
}

/**
 * The simulator's content when none is scripted: deterministic for a seed, shaped like what the
 * pipeline asks for — a tool call when `tools` are offered, a YAML plan when the prompt asks for a
 * plan, else an answer of about `max_tokens` (default 64) tokens.
 */
export function createEchoResponder(): Responder {
  return (request, { random }): SimulatedResponse => {
    const question = lastUserMessage(request).replace(/\s+/g, ' ').trim() || 'nothing';
    const tool = request.tools?.[0]?.function;
    if (tool) {
      const schema = (tool.parameters ?? {}) as JsonSchema;
      const args = Object.fromEntries(
        (schema.required ?? []).map((name) => [
          name,
          exampleValue(schema.properties?.[name] ?? {}, question),
        ]),
      );
      return { toolCalls: [{ name: tool.name, arguments: JSON.stringify(args) }] };
    }
    const prompt = request.messages.map(messageText).join('\n');
    if (/\bplan\b|^calls:/im.test(prompt)) {
      const query = question.replaceAll(/[:#"'{}[\]]/g, ' ').trim();
      return {
        text: `thought: look up what the member asked\ncalls:\n  - skill: job_search\n    args:\n      query: ${query}\n      limit: 5`,
      };
    }
    return { text: answerText(question, request.max_completion_tokens ?? request.max_tokens ?? 64, random) };
  };
}
