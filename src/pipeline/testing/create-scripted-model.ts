import { setTimeout as sleep } from 'node:timers/promises';
import type { LanguageModelV3CallOptions, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';

export type ModelStep = 'plan' | 'answer';

/** What the scripted model says for one call: its text, streamed word by word. */
export interface ScriptedReply {
  text: string;
  /** Milliseconds before the first word and between words. */
  ttftMs?: number;
  tbtMs?: number;
  /** Throw after this many words (0: before the first). */
  failAfterWords?: number;
}

export interface ScriptedCall {
  step: ModelStep;
  system: string;
  user: string;
  signal: AbortSignal | undefined;
  /** performance.now() when the last word was sent (or the stream failed). */
  endedAt?: number;
}

function textOf(options: LanguageModelV3CallOptions, role: 'system' | 'user'): string {
  return options.prompt
    .filter((message) => message.role === role)
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => ('text' in part ? part.text : '')).join(''),
    )
    .join('\n');
}

/**
 * An AI SDK model for tests: tells the planning call from the answer call by the prompt, answers
 * from a script, streams word by word with the given delays, honours the abort signal and records
 * every call.
 */
export function createScriptedModel(script: (call: ScriptedCall) => ScriptedReply) {
  const calls: ScriptedCall[] = [];
  const model = new MockLanguageModelV3({
    doStream: async (options) => {
      const system = textOf(options, 'system');
      const call: ScriptedCall = {
        step: system.includes('## Skills you can call') ? 'plan' : 'answer',
        system,
        user: textOf(options, 'user'),
        signal: options.abortSignal,
      };
      calls.push(call);
      const reply = script(call);
      const words = reply.text.match(/\s*\S+\s*/g) ?? [];
      let sent = 0;
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          controller.enqueue({ type: 'text-start', id: 't' });
        },
        async pull(controller) {
          try {
            await sleep(sent === 0 ? (reply.ttftMs ?? 0) : (reply.tbtMs ?? 0), undefined, {
              signal: options.abortSignal,
            });
            if (sent === reply.failAfterWords) throw new Error('scripted model failure');
            if (sent < words.length) {
              controller.enqueue({ type: 'text-delta', id: 't', delta: words[sent++] as string });
              if (sent < words.length) return;
            }
            call.endedAt = performance.now();
            controller.enqueue({ type: 'text-end', id: 't' });
            controller.enqueue({
              type: 'finish',
              finishReason: { unified: 'stop', raw: 'stop' },
              usage: {
                inputTokens: {
                  total: Math.ceil((system.length + call.user.length) / 4),
                  noCache: undefined,
                  cacheRead: undefined,
                  cacheWrite: undefined,
                },
                outputTokens: { total: words.length, text: words.length, reasoning: undefined },
              },
            });
            controller.close();
          } catch (error) {
            call.endedAt = performance.now();
            controller.error(error);
          }
        },
      });
      return { stream };
    },
  });
  return { model, calls };
}
