import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel, LanguageModel } from 'ai';
import type { LlmEndpoint } from '../config/llm-config-schema.ts';

/**
 * The AI SDK models behind one configured endpoint. Every supported server (vLLM, Ollama,
 * llama.cpp, LM Studio, OpenAI) speaks the OpenAI API, so one provider covers them all.
 */
export function createEndpointModels(endpoint: LlmEndpoint): {
  chat: LanguageModel;
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
