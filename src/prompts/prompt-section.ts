import { estimateTokens } from '../skills/estimate-tokens.ts';

/** One named part of a prompt, with the template version that wrote it and its estimated tokens. */
export interface PromptSection {
  name: string;
  version: string;
  text: string;
  tokens: number;
}

export function promptSection(name: string, version: string, text: string): PromptSection {
  return { name, version, text, tokens: estimateTokens(text) };
}
