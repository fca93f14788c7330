import { type PromptSection, promptSection } from './prompt-section.ts';

export const REQUEST_VERSION = '1';

/** Who is asking and what they are viewing, in the user message; absent parts are left out. */
export interface AskingMember {
  id: number;
  /** One line from the profile, e.g. the headline and location. */
  summary?: string;
}

/** The member, what they are viewing and their question: the end of every user message. */
export function renderRequest(input: {
  member?: AskingMember;
  context?: string;
  question: string;
}): PromptSection {
  const lines: string[] = [];
  if (input.member) {
    const summary = input.member.summary ? `: ${input.member.summary}` : '';
    lines.push(`Asking member: [member:${input.member.id}]${summary}`);
  }
  if (input.context) lines.push(`Viewing: ${input.context}`);
  lines.push(`## Question\n${input.question.trim()}`);
  return promptSection('request', REQUEST_VERSION, lines.join('\n'));
}
