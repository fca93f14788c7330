import type { AgentName } from '../skills/agent-skill-sets.ts';
import { composePrompt, type RenderedPrompt } from './compose-prompt.ts';
import type { ConversationTurn } from './conversation-turn.ts';
import type { PromptExample } from './prompt-example.ts';
import { promptSection } from './prompt-section.ts';
import { type InstructionsOverride, renderAgentPreamble } from './render-agent-preamble.ts';
import { renderConversationHistory } from './render-conversation-history.ts';
import { type DossierItem, renderDossier } from './render-dossier.ts';
import { renderExamples } from './render-examples.ts';
import { DEFAULT_HISTORY_TOKEN_BUDGET } from './render-planning-prompt.ts';
import { type AskingMember, renderRequest, type ViewedItem } from './render-request.ts';

export const ANSWER_PROMPT_VERSION = '1';

export interface AnswerPromptInput {
  agent: AgentName;
  dossier: readonly DossierItem[];
  examples: readonly PromptExample[];
  history: readonly ConversationTurn[];
  historyTokenBudget?: number;
  member?: AskingMember;
  context?: ViewedItem;
  question: string;
  /** Fence token for the dossier; a fresh random one when absent (tests pass one to compare renders). */
  nonce?: string;
  /** Replaces the agent's registered answer instructions (an agent's own prompt text). */
  instructions?: InstructionsOverride;
}

export const FOLLOW_UPS_HEADING = 'Follow-ups:';

const TASK = [
  '## Your task',
  'Answer the question from the dossier. Cite every fact with its id in square brackets, exactly as the dossier labels it, e.g. [job:3904388204]; never invent an id.',
  'If the dossier lacks something the question needs, say what is missing rather than guessing.',
  `End with a line \`${FOLLOW_UPS_HEADING}\` and two or three short questions the member could ask next, one per line starting with "- ", each within what you can help with.`,
].join('\n');

/** The answer step: shared identity and rules, the agent's answer instructions, then the fenced dossier and request. */
export function renderAnswerPrompt(input: AnswerPromptInput): RenderedPrompt & { nonce: string } {
  const dossier = renderDossier(input.dossier, { nonce: input.nonce });
  const rendered = composePrompt(
    { name: 'answer', version: ANSWER_PROMPT_VERSION },
    {
      system: [
        ...renderAgentPreamble(input.agent, 'answer', input.instructions),
        promptSection('task', ANSWER_PROMPT_VERSION, TASK),
        renderExamples(input.examples, 'answer'),
      ],
      user: [
        renderConversationHistory(input.history, {
          tokenBudget: input.historyTokenBudget ?? DEFAULT_HISTORY_TOKEN_BUDGET,
        }),
        dossier,
        renderRequest({ ...input, nonce: dossier.nonce }),
      ],
    },
  );
  return { ...rendered, nonce: dossier.nonce };
}
