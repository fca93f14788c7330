import { describe, expect, it } from 'vitest';
import { estimateTokens } from '../skills/estimate-tokens.ts';
import type { ConversationTurn } from './conversation-turn.ts';
import { renderConversationHistory } from './render-conversation-history.ts';

const turn = (i: number): ConversationTurn[] => [
  {
    role: 'member',
    text: `Question number ${i} about data engineer jobs in Austin. It has a second sentence with more detail about remote work and pay.`,
  },
  {
    role: 'assistant',
    agent: 'jobs',
    text: `Answer number ${i}: here are three postings [job:${1000 + i}]. Each one is described at length so the turn is long enough to matter.`,
  },
];
const conversation = Array.from({ length: 12 }, (_, i) => turn(i)).flat();

describe('conversation history', () => {
  it('renders nothing for a new conversation', () => {
    expect(renderConversationHistory([], { tokenBudget: 500 }).text).toBe('');
  });

  it('keeps a short conversation verbatim', () => {
    const history = renderConversationHistory(conversation.slice(0, 2), { tokenBudget: 500 });
    expect(history.verbatimTurns).toBe(2);
    expect(history.text).toContain('Member: Question number 0');
    expect(history.text).toContain('Dossier (jobs): Answer number 0');
    expect(history.text).toContain('second sentence');
  });

  it('keeps the latest turns verbatim and summarises older ones within the budget', () => {
    const history = renderConversationHistory(conversation, { tokenBudget: 400 });
    expect(history.tokens).toBeLessThanOrEqual(400);
    expect(history.tokens).toBe(estimateTokens(history.text));
    expect(history.verbatimTurns).toBeGreaterThan(0);
    expect(history.summarisedTurns).toBeGreaterThan(0);
    expect(history.verbatimTurns + history.summarisedTurns + history.droppedTurns).toBe(conversation.length);
    // The newest turn is verbatim; older ones keep only their first sentence and the agent.
    expect(history.text).toContain(`${conversation.at(-1)?.text}`);
    expect(history.text).toContain('Earlier turns (summarised):');
    expect(history.text).toMatch(
      /- Dossier \(jobs\): Answer number \d+: here are three postings \[job:\d+\]\./,
    );
    const summary = history.text.split('Recent turns:')[0] as string;
    expect(summary).not.toContain('second sentence');
    // Summaries are of the turns just before the verbatim ones: the oldest are the ones dropped.
    expect(history.text.indexOf('Question number 11')).toBeGreaterThan(-1);
    if (history.droppedTurns > 0) expect(history.text).not.toContain('Question number 0 ');
  });

  it('is never over budget, however small', () => {
    for (const tokenBudget of [0, 5, 20, 60, 150, 1000]) {
      expect(renderConversationHistory(conversation, { tokenBudget }).tokens).toBeLessThanOrEqual(
        tokenBudget,
      );
    }
  });

  it('cuts a long first sentence to a few dozen words', () => {
    const long = { role: 'member' as const, text: `${'word '.repeat(80)}end.` };
    const history = renderConversationHistory([long, ...conversation.slice(0, 2)], { tokenBudget: 120 });
    expect(history.text).toContain('word word…');
  });
});
