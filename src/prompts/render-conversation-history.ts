import { estimateTokens } from '../skills/estimate-tokens.ts';
import type { ConversationTurn } from './conversation-turn.ts';
import { firstSentence } from './first-sentence.ts';
import { type PromptSection, promptSection } from './prompt-section.ts';

export const CONVERSATION_HISTORY_VERSION = '1';

/** Share of the budget the verbatim recent turns may take when not everything fits, leaving room for the summary. */
const VERBATIM_SHARE = 0.7;

const HEADER = '## Conversation so far';
const SUMMARY_HEADER = 'Earlier turns (summarised):';
const RECENT_HEADER = 'Recent turns:';

function speaker(turn: ConversationTurn): string {
  if (turn.role === 'member') return 'Member';
  return turn.agent ? `Dossier (${turn.agent})` : 'Dossier';
}

function verbatimLine(turn: ConversationTurn): string {
  return `${speaker(turn)}: ${turn.text.trim()}`;
}

function summaryLine(turn: ConversationTurn): string {
  return `- ${speaker(turn)}: ${firstSentence(turn.text)}`;
}

export interface RenderedHistory extends PromptSection {
  verbatimTurns: number;
  summarisedTurns: number;
  /** Oldest turns that did not fit even as one-line summaries. */
  droppedTurns: number;
}

function render(summary: string[], recent: string[]): string {
  if (summary.length === 0 && recent.length === 0) return '';
  const lines = [HEADER];
  if (summary.length > 0) lines.push(SUMMARY_HEADER, ...summary, RECENT_HEADER);
  lines.push(...recent);
  return lines.join('\n');
}

/**
 * The conversation within a token budget: all of it verbatim when it fits; otherwise the most recent
 * turns verbatim (within most of the budget) and older turns as their first sentence with the agent
 * that answered, newest first until the budget is spent. Deterministic and extractive: no LLM.
 */
export function renderConversationHistory(
  turns: readonly ConversationTurn[],
  options: { tokenBudget: number },
): RenderedHistory {
  const { tokenBudget } = options;
  const result = (text: string, verbatimTurns: number, summarisedTurns: number): RenderedHistory => ({
    ...promptSection('history', CONVERSATION_HISTORY_VERSION, text),
    verbatimTurns,
    summarisedTurns,
    droppedTurns: turns.length - verbatimTurns - summarisedTurns,
  });
  const all = turns.map(verbatimLine);
  const whole = render([], all);
  if (estimateTokens(whole) <= tokenBudget) return result(whole, turns.length, 0);

  const recent: string[] = [];
  for (let i = turns.length - 1; i >= 0; i -= 1) {
    const candidate = [all[i] as string, ...recent];
    if (estimateTokens(render(['-'], candidate)) > tokenBudget * VERBATIM_SHARE) break;
    recent.unshift(all[i] as string);
  }
  const summary: string[] = [];
  for (let i = turns.length - recent.length - 1; i >= 0; i -= 1) {
    const candidate = [summaryLine(turns[i] as ConversationTurn), ...summary];
    if (estimateTokens(render(candidate, recent)) > tokenBudget) break;
    summary.unshift(candidate[0] as string);
  }
  const text = render(summary, recent);
  return estimateTokens(text) <= tokenBudget ? result(text, recent.length, summary.length) : result('', 0, 0);
}
