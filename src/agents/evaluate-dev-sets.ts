import type { Pipeline } from '../pipeline/create-pipeline.ts';
import type { ContextKind } from '../router/route-input.ts';
import type { AgentConfig } from './agent-config.ts';
import { loadDevSet } from './dev-set.ts';

export interface DevSetMiss {
  agent: string;
  question: string;
  routedTo: string | undefined;
  called: string[];
  expected: string[];
}

export interface DevSetReport {
  questions: number;
  /** Questions routed to the agent whose dev set holds them. */
  routed: number;
  /** Expected skills that the turn called, over all expected skills. */
  expectedSkills: number;
  calledExpected: number;
  /** Skills called on out_of_scope questions (must stay 0). */
  outOfScopeCalls: number;
  misses: DevSetMiss[];
}

/** Runs every agent's dev set through the pipeline, end to end, and counts routing and skill recall. */
export async function evaluateDevSets(
  pipeline: Pipeline,
  agents: readonly AgentConfig[],
  options: { member: number; signal?: AbortSignal },
): Promise<DevSetReport> {
  const report: DevSetReport = {
    questions: 0,
    routed: 0,
    expectedSkills: 0,
    calledExpected: 0,
    outOfScopeCalls: 0,
    misses: [],
  };
  for (const agent of agents) {
    for (const question of loadDevSet(agent.devSetFile)) {
      const [kind, id] = question.context?.split(':') ?? [];
      let routedTo: string | undefined;
      const called: string[] = [];
      for await (const event of pipeline.runTurn({
        question: question.question,
        member: options.member,
        context: kind && id ? { kind: kind as ContextKind, id } : undefined,
        signal: options.signal,
      })) {
        if (event.type === 'route') routedTo = event.agent;
        if (event.type === 'skill_call_started') called.push(event.skill);
      }
      const found = question.expected_skills.filter((skill) => called.includes(skill)).length;
      report.questions++;
      report.routed += routedTo === agent.id ? 1 : 0;
      report.expectedSkills += question.expected_skills.length;
      report.calledExpected += found;
      if (agent.id === 'out_of_scope') report.outOfScopeCalls += called.length;
      if (routedTo !== agent.id || found < question.expected_skills.length) {
        report.misses.push({
          agent: agent.id,
          question: question.question,
          routedTo,
          called,
          expected: question.expected_skills,
        });
      }
    }
  }
  return report;
}
