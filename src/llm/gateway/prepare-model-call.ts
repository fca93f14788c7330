import { convertToLanguageModelPrompt, prepareToolsAndToolChoice, standardizePrompt } from 'ai/internal';
import type { EndpointChatModel } from '../providers/create-endpoint-models.ts';
import type { GatewayRequest } from './create-gateway.ts';

/** What the provider's `doStream` takes, less the per-attempt abort signal. */
export type ModelCall = Omit<Parameters<EndpointChatModel['doStream']>[0], 'abortSignal'>;

/**
 * Turns a gateway request into the provider call `streamText` would make, with the AI SDK's own
 * steps: message validation (zod), prompt conversion and tool schemas. Done once per call, not per
 * attempt: every endpoint is the same OpenAI-compatible provider, whose chat models declare no
 * natively supported URLs, so the converted prompt suits them all.
 *
 * The gateway calls `doStream` itself rather than `streamText` because it needs none of the
 * latter's multi-step, tool-execution, callback and telemetry machinery, whose stream layers cost
 * about two-thirds of the client CPU per streamed call (bench/llm.bench.ts measures both).
 * `ai/internal` is marked experimental: an `ai` upgrade must keep create-gateway.test.ts green.
 */
export async function prepareModelCall(request: GatewayRequest, signal?: AbortSignal): Promise<ModelCall> {
  const prompt = await standardizePrompt({ system: request.system, messages: request.messages });
  const [modelPrompt, tools] = await Promise.all([
    // The signal stops downloads of URLs in messages (images, files) that the endpoint cannot fetch.
    convertToLanguageModelPrompt({ prompt, supportedUrls: {}, download: undefined, abortSignal: signal }),
    prepareToolsAndToolChoice({ tools: request.tools, toolChoice: undefined, activeTools: undefined }),
  ]);
  return {
    prompt: modelPrompt,
    tools: tools.tools,
    toolChoice: tools.toolChoice,
    maxOutputTokens: request.maxOutputTokens,
    temperature: request.temperature,
  };
}
