import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from '@ai-sdk/provider';
import { splitIntoTokens } from '../llm/simulator/split-into-tokens.ts';
import type { Network } from '../network/api/create-network.ts';
import { estimateTokens } from '../skills/estimate-tokens.ts';
import { createOfflineEngine, type OfflineEngine, type PromptText } from './create-offline-engine.ts';

export const OFFLINE_PROVIDER = 'dossier-offline';

function textOf(content: LanguageModelV3Prompt[number]['content']): string {
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** System messages joined, and the last user message: where `src/prompts` puts each part. */
function toPromptText(prompt: LanguageModelV3Prompt): PromptText {
  const system = prompt
    .filter((message) => message.role === 'system')
    .map((message) => textOf(message.content));
  const user = prompt.findLast((message) => message.role === 'user');
  return { system: system.join('\n\n'), user: user ? textOf(user.content) : '' };
}

interface Completion {
  pieces: string[];
  finishReason: LanguageModelV3FinishReason;
  usage: LanguageModelV3Usage;
}

async function complete(engine: OfflineEngine, options: LanguageModelV3CallOptions): Promise<Completion> {
  const prompt = toPromptText(options.prompt);
  const all = splitIntoTokens(await engine.respond(prompt, options.abortSignal));
  const limit = options.maxOutputTokens ?? Number.POSITIVE_INFINITY;
  const pieces = all.slice(0, limit);
  return {
    pieces,
    finishReason: { unified: pieces.length < all.length ? 'length' : 'stop', raw: undefined },
    usage: {
      inputTokens: {
        total: estimateTokens(`${prompt.system}\n${prompt.user}`),
        noCache: undefined,
        cacheRead: undefined,
        cacheWrite: undefined,
      },
      outputTokens: { total: pieces.length, text: pieces.length, reasoning: undefined },
    },
  };
}

/**
 * The offline engine as an AI SDK language model: `generateText` and `streamText` use it as they
 * would an LLM. Text streams one token-sized delta at a time (yielding to the event loop between
 * deltas, so consumers and aborts interleave as with a network stream); usage is estimated the way
 * the rest of Dossier counts tokens; an abort ends the stream with the signal's reason.
 */
export function createOfflineLanguageModel(
  options: { modelId?: string } & ({ network: Network } | { engine: OfflineEngine }),
): LanguageModelV3 {
  // One engine may serve several models (the small and the large role) and be warmed up once.
  const engine = 'engine' in options ? options.engine : createOfflineEngine({ network: options.network });
  const modelId = options.modelId ?? 'offline';
  return {
    specificationVersion: 'v3',
    provider: OFFLINE_PROVIDER,
    modelId,
    supportedUrls: {},

    async doGenerate(callOptions) {
      const { pieces, finishReason, usage } = await complete(engine, callOptions);
      return {
        content: [{ type: 'text', text: pieces.join('') }],
        finishReason,
        usage,
        response: { modelId, timestamp: new Date() },
        warnings: [],
      };
    },

    async doStream(callOptions) {
      const signal = callOptions.abortSignal;
      const { pieces, finishReason, usage } = await complete(engine, callOptions);
      const parts: LanguageModelV3StreamPart[] = [
        { type: 'stream-start', warnings: [] },
        { type: 'response-metadata', modelId, timestamp: new Date() },
        { type: 'text-start', id: '0' },
        ...pieces.map((delta): LanguageModelV3StreamPart => ({ type: 'text-delta', id: '0', delta })),
        { type: 'text-end', id: '0' },
        { type: 'finish', finishReason, usage },
      ];
      let next = 0;
      return {
        stream: new ReadableStream<LanguageModelV3StreamPart>({
          async pull(controller) {
            await new Promise((resolve) => setImmediate(resolve));
            if (signal?.aborted) {
              controller.error(signal.reason);
              return;
            }
            const part = parts[next++];
            if (part) controller.enqueue(part);
            if (next >= parts.length) controller.close();
          },
        }),
      };
    },
  };
}
