import type { AgentName } from '../skills/agent-skill-sets.ts';
import { composePrompt, type RenderedPrompt } from './compose-prompt.ts';
import { contentVersion } from './content-version.ts';
import type { ConversationTurn } from './conversation-turn.ts';
import type { PromptExample } from './prompt-example.ts';
import { promptSection } from './prompt-section.ts';
import { type InstructionsOverride, renderAgentPreamble } from './render-agent-preamble.ts';
import { renderConversationHistory } from './render-conversation-history.ts';
import { renderExamples } from './render-examples.ts';
import { type AskingMember, renderRequest, type ViewedItem } from './render-request.ts';

export const PLANNING_PROMPT_VERSION = '1';

export const DEFAULT_HISTORY_TOKEN_BUDGET = 600;

export interface PlanningPromptInput {
  agent: AgentName;
  /** The agent's skills as `registry.scope(...).describe().text` renders them. */
  skills: string;
  /** `renderFormatRules(counters)` from the plan parser. */
  formatRules: string;
  examples: readonly PromptExample[];
  history: readonly ConversationTurn[];
  historyTokenBudget?: number;
  member?: AskingMember;
  context?: ViewedItem;
  question: string;
  /** Fence token for what the member views; a fresh random one when absent (tests pass one to compare renders). */
  nonce?: string;
  /** Replaces the agent's registered planning instructions (an agent's own prompt text). */
  instructions?: InstructionsOverride;
}

const TASK = [
  '## Your task',
  'Decide which skills to call to gather what the answer needs; call only the skills listed, with their arguments as listed.',
  'Write `thought:` with one short sentence on what you need, then `calls:` with each call; read-only calls run as soon as you finish writing them, so put the most useful first. Write `calls: []` when no skill is needed.',
  'Example shape:',
  'thought: find data engineering jobs near the member',
  'calls:',
  '  - skill: job_search',
  '    args:',
  '      query: data engineer',
].join('\n');

/** The planning step: shared identity and rules, the agent's instructions and skills, then the request. */
export function renderPlanningPrompt(input: PlanningPromptInput): RenderedPrompt {
  const skills = `## Skills you can call\n${input.skills}`;
  return composePrompt(
    { name: 'plan', version: PLANNING_PROMPT_VERSION },
    {
      system: [
        ...renderAgentPreamble(input.agent, 'plan', input.instructions),
        promptSection('task', PLANNING_PROMPT_VERSION, TASK),
        promptSection('skills', contentVersion(skills), skills),
        promptSection('format_rules', contentVersion(input.formatRules), input.formatRules),
        renderExamples(input.examples, 'plan'),
      ],
      user: [
        renderConversationHistory(input.history, {
          tokenBudget: input.historyTokenBudget ?? DEFAULT_HISTORY_TOKEN_BUDGET,
        }),
        renderRequest(input),
      ],
    },
  );
}
