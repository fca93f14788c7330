import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { stepCountIs, streamText, type ToolSet, tool } from 'ai';
import type { Viewer } from '../src/network/api/viewer.ts';
import type { SkillCatalog } from '../src/skills/create-skill-registry.ts';

export interface ToolLoopTurn {
  question: string;
  viewer: Viewer;
  signal: AbortSignal;
}

/**
 * Baseline (b) for the pipeline benchmark: the AI SDK's own agent loop, `streamText` with the
 * skills as tools (their zod input schemas, executed through the same registry) against an
 * OpenAI-compatible endpoint: step one streams `tool_calls`, the SDK runs them, step two answers.
 * Returns the SDK's full stream of parts.
 */
export function createToolLoop(url: string, catalog: SkillCatalog, skillNames: readonly string[]) {
  const model = createOpenAICompatible({ name: 'sim', baseURL: url, includeUsage: true }).chatModel('sim');
  return ({ question, viewer, signal }: ToolLoopTurn) => {
    const tools: ToolSet = Object.fromEntries(
      skillNames.map((name) => {
        const skill = catalog.get(name);
        if (!skill) throw new Error(`no skill "${name}"`);
        return [
          name,
          tool({
            description: skill.description,
            inputSchema: skill.input,
            async execute(args, { abortSignal }) {
              const result = await catalog.invoke(name, args, { viewer, signal: abortSignal ?? signal });
              return result.ok ? result.rendered : `error: ${result.error.message}`;
            },
          }),
        ];
      }),
    );
    return streamText({
      model,
      system: 'Answer the member from what the tools return; cite ids.',
      messages: [{ role: 'user', content: question }],
      tools,
      stopWhen: stepCountIs(3),
      abortSignal: signal,
      maxRetries: 0,
    }).fullStream;
  };
}
