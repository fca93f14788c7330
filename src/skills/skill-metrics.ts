import { Counter, Histogram, Registry } from 'prom-client';
import type { SkillErrorCode } from './skill-result.ts';

/** Per-skill latency and errors, as Prometheus series (`dossier_skill_*`). */
export interface SkillMetrics {
  readonly registry: Registry;
  record(skill: string, outcome: 'ok' | SkillErrorCode, seconds: number): void;
}

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

export function createSkillMetrics(options: { registry?: Registry } = {}): SkillMetrics {
  const registry = options.registry ?? new Registry();
  const duration = new Histogram({
    name: 'dossier_skill_invocation_seconds',
    help: 'Skill invocation time, validation to rendering, by skill and outcome (ok or an error code).',
    labelNames: ['skill', 'outcome'],
    buckets: SECONDS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'dossier_skill_errors_total',
    help: 'Skill invocations that returned an error result, by skill and error code.',
    labelNames: ['skill', 'code'],
    registers: [registry],
  });
  return {
    registry,
    record(skill, outcome, seconds) {
      duration.observe({ skill, outcome }, seconds);
      if (outcome !== 'ok') errors.inc({ skill, code: outcome });
    },
  };
}
