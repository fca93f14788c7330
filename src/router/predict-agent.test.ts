import { describe, expect, it } from 'vitest';
import { evaluateRouter } from './evaluate-router.ts';
import { loadDevSet } from './load-dev-set.ts';
import { predictAgent } from './predict-agent.ts';
import { loadRouterModel } from './router-model.ts';

const model = loadRouterModel();
const route = (input: Parameters<typeof predictAgent>[1]) => predictAgent(model, input).agent;

describe('the committed router model', () => {
  // Regression guards only: the benchmark reports the real figures (targets ≥ 95%).
  it('routes the hand-written dev set with accuracy ≥ 0.9 and keeps out-of-scope recall ≥ 0.9', () => {
    const { handWritten, clincVal } = loadDevSet();
    const evaluate = (examples: typeof handWritten) =>
      evaluateRouter(examples.map((example) => ({ gold: example.agent, predicted: route(example.input) })));
    expect(evaluate(handWritten).accuracy).toBeGreaterThanOrEqual(0.9);
    expect(evaluate([...handWritten, ...clincVal]).outOfScopeRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('lets what the member is viewing decide an ambiguous question', () => {
    expect(route({ query: 'tell me about this', context: { kind: 'post', id: 'p' } })).toBe('post_takeaways');
    expect(route({ query: 'tell me about this', context: { kind: 'company', id: 'c' } })).toBe('company');
    expect(route({ query: 'what is this about?', context: { kind: 'post', id: 'p' } })).toBe(
      'post_takeaways',
    );
    expect(route({ query: 'what is this about?', context: { kind: 'company', id: 'c' } })).toBe('company');
    expect(route({ query: 'should I apply?', context: { kind: 'job', id: 'j' } })).toBe('job_fit');
  });

  it('lets the conversation so far decide a follow-up', () => {
    const followUp = (previous: string) => ({
      query: 'tell me more',
      history: [
        { role: 'user' as const, text: previous },
        { role: 'assistant' as const, text: 'Here you go.' },
      ],
    });
    expect(route(followUp('what does Toast do?'))).toBe('company');
    expect(route(followUp('how do I negotiate my salary'))).toBe('career_coach');
    expect(route(followUp('nurse jobs in Denver'))).toBe('jobs');
    expect(route({ ...followUp('find data engineer jobs in Seattle'), query: 'what about in Denver?' })).toBe(
      'jobs',
    );
    // A clear question is not dragged along by the history.
    expect(route({ ...followUp('nurse jobs in Denver'), query: 'what does Siemens do?' })).toBe('company');
  });

  it('lands common job and career questions in other languages on the right agent', () => {
    expect(route({ query: 'busco empleo de contador en Monterrey' })).toBe('jobs');
    expect(route({ query: 'comment préparer mon entretien chez Siemens' })).toBe('career_coach');
    expect(route({ query: 'Jobs für Krankenpfleger in Hamburg' })).toBe('jobs');
    expect(route({ query: 'como negociar um salário melhor' })).toBe('career_coach');
    expect(route({ query: 'mujhe remote job chahiye' })).toBe('jobs');
  });

  it('answers anything, even nonsense, with a valid agent and a probability', () => {
    for (const query of ['', '???', '日本語の質問です', 'x'.repeat(4000)]) {
      const prediction = predictAgent(model, { query });
      expect(model.agents).toContain(prediction.agent);
      expect(prediction.confidence).toBeGreaterThan(0);
      expect(prediction.confidence).toBeLessThanOrEqual(1);
    }
  });
});
