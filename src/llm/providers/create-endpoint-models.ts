import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel } from 'ai';
import type { LlmEndpoint } from '../config/llm-config-schema.ts';

/** The provider-level chat model: the gateway streams from its `doStream` (see stream-model-call.ts). */
export type EndpointChatModel = ReturnType<ReturnType<typeof createOpenAICompatible>['chatModel']>;

/**
 * The AI SDK models behind one configured endpoint. Every supported server (vLLM, Ollama,
 * llama.cpp, LM Studio, OpenAI) speaks the OpenAI API, so one provider covers them all.
 */
export function createEndpointModels(endpoint: LlmEndpoint): {
  chat: EndpointChatModel;
  embedding: EmbeddingModel;
} {
  const provider = createOpenAICompatible({
    name: endpoint.name,
    baseURL: endpoint.url,
    apiKey: endpoint.apiKey,
    // Without it streamed responses carry no token counts, and budgets and costs need them.
    includeUsage: true,
  });
  return { chat: provider.chatModel(endpoint.model), embedding: provider.embeddingModel(endpoint.model) };
}
