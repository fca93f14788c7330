import { estimateTokens } from '../skills/estimate-tokens.ts';
import type { PromptSection } from './prompt-section.ts';

export interface PromptMessage {
  role: 'system' | 'user';
  content: string;
}

/** A rendered step prompt: what goes to the LLM, and what a run records about it. */
export interface RenderedPrompt {
  messages: PromptMessage[];
  /** Every section, in order, with its tokens; empty sections are left out. */
  sections: { role: PromptMessage['role']; name: string; version: string; tokens: number }[];
  /** Estimated tokens of all message contents (sections plus the blank lines between them). */
  tokens: number;
  /** The step template's version and every section's, e.g. `plan@1 identity@1 …`: enough to reproduce the text. */
  version: string;
}

const SEPARATOR = '\n\n';

/** Joins sections into a system and a user message; a section with no text is skipped. */
export function composePrompt(
  step: { name: string; version: string },
  parts: { system: PromptSection[]; user: PromptSection[] },
): RenderedPrompt {
  const messages: PromptMessage[] = [];
  const sections: RenderedPrompt['sections'] = [];
  for (const role of ['system', 'user'] as const) {
    const present = parts[role].filter((section) => section.text.length > 0);
    if (present.length === 0) continue;
    messages.push({ role, content: present.map((section) => section.text).join(SEPARATOR) });
    for (const { name, version, tokens } of present) sections.push({ role, name, version, tokens });
  }
  const versions = [`${step.name}@${step.version}`, ...sections.map((s) => `${s.name}@${s.version}`)];
  return {
    messages,
    sections,
    tokens: messages.reduce((sum, message) => sum + estimateTokens(message.content), 0),
    version: [...new Set(versions)].join(' '),
  };
}

/**
 * The prompt as the AI SDK takes it: the system text in `system` (the SDK warns that system messages
 * inside `messages` invite injection) and the user messages.
 */
export function toModelPrompt(prompt: Pick<RenderedPrompt, 'messages'>) {
  return {
    system: prompt.messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join(SEPARATOR),
    messages: prompt.messages
      .filter((m) => m.role === 'user')
      .map((m) => ({ role: 'user' as const, content: m.content })),
  };
}
