import type { ChatCompletionRequest } from '../../llm/simulator/chat-completion-request.ts';
import { createScriptedResponder, lastUserMessage } from '../../llm/simulator/create-scripted-responder.ts';
import type { Responder } from '../../llm/simulator/responder.ts';
import { SKILLS_HEADING } from '../../prompts/prompt-markers.ts';

/** A jobs question whose plan calls three skills; member 3 has a profile with skills. */
export const THREE_CALL_QUESTION = { question: 'Find data engineer jobs in Austin', member: 3 } as const;

/** The three calls, each with its arguments: the YAML plan and the OpenAI tool calls say the same. */
export const THREE_CALLS = [
  { skill: 'job_search', args: { query: 'data engineer', location: 'Austin' } },
  { skill: 'profile_view', args: { sections: ['skills'] } },
  { skill: 'salary_insights', args: { title: 'data engineer', location: 'Austin' } },
] as const;

export const THREE_CALL_PLAN = `thought: jobs in Austin and the member's skills
calls:
  - skill: job_search
    args:
      query: data engineer
      location: Austin
  - skill: profile_view
    args:
      sections: [skills]
  - skill: salary_insights
    args:
      title: data engineer
      location: Austin
`;

// The real prompts: the planning prompt lists skills, the answer prompt carries the fenced dossier.
const isPlanningRequest = (request: ChatCompletionRequest) =>
  JSON.stringify(request.messages).includes(SKILLS_HEADING);

// A tool loop's first step: tools offered, no tool results yet.
const isFirstToolStep = (request: ChatCompletionRequest) =>
  (request.tools?.length ?? 0) > 0 && !request.messages.some((message) => message.role === 'tool');

/**
 * The simulator's content for the three-call turn: the YAML plan for Dossier's planning prompt,
 * the same calls as OpenAI `tool_calls` for a tool loop's first step, else the answer (citing the
 * first job of the dossier, with follow-ups).
 */
export function createThreeCallResponder(): Responder {
  return createScriptedResponder(
    [
      { when: isPlanningRequest, respond: { text: THREE_CALL_PLAN } },
      {
        when: isFirstToolStep,
        respond: {
          toolCalls: THREE_CALLS.map((call) => ({ name: call.skill, arguments: JSON.stringify(call.args) })),
        },
      },
    ],
    (request) => {
      const job = /\[job:\d+\]/.exec(lastUserMessage(request))?.[0] ?? '';
      return {
        text: `The closest match is a data engineering role ${job}, which fits your skills.\n\nFollow-ups:\n- Show me remote data engineer jobs\n- What do data engineers earn in Austin?\n`,
      };
    },
  );
}
