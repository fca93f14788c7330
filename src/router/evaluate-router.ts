import { ROUTE_AGENTS, type RouteAgent } from './agents.ts';

export interface RouterEvaluation {
  count: number;
  accuracy: number;
  /** Share of out_of_scope questions routed out_of_scope. */
  outOfScopeRecall: number;
  /** Share of in-scope questions that reached some agent (not out_of_scope). */
  inScopeRecall: number;
  perAgent: Record<RouteAgent, { precision: number; recall: number; support: number }>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<RouteAgent, Record<RouteAgent, number>>;
}

const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);

/** Accuracy, per-agent precision and recall, scope recalls and the confusion table of gold/predicted pairs. */
export function evaluateRouter(pairs: { gold: RouteAgent; predicted: RouteAgent }[]): RouterEvaluation {
  const zeros = () =>
    Object.fromEntries(ROUTE_AGENTS.map((agent) => [agent, 0])) as Record<RouteAgent, number>;
  const confusion = Object.fromEntries(
    ROUTE_AGENTS.map((agent) => [agent, zeros()]),
  ) as RouterEvaluation['confusion'];
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  const perAgent = {} as RouterEvaluation['perAgent'];
  for (const agent of ROUTE_AGENTS) {
    const support = ROUTE_AGENTS.reduce((sum, other) => sum + confusion[agent][other], 0);
    const predictedAs = ROUTE_AGENTS.reduce((sum, other) => sum + confusion[other][agent], 0);
    perAgent[agent] = {
      precision: ratio(confusion[agent][agent], predictedAs),
      recall: ratio(confusion[agent][agent], support),
      support,
    };
  }
  const inScope = pairs.filter((pair) => pair.gold !== 'out_of_scope');
  return {
    count: pairs.length,
    accuracy: ratio(pairs.filter((pair) => pair.gold === pair.predicted).length, pairs.length),
    outOfScopeRecall: perAgent.out_of_scope.recall,
    inScopeRecall: ratio(inScope.filter((pair) => pair.predicted !== 'out_of_scope').length, inScope.length),
    perAgent,
    confusion,
  };
}
