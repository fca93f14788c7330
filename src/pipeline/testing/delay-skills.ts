import { setTimeout as sleep } from 'node:timers/promises';
import type { Skill } from '../../skills/define-skill.ts';

/**
 * The skills, each call taking at least `ms` (the real call runs meanwhile): an internal API with
 * a realistic latency, over the same data. The wait ends early when the call's signal aborts.
 */
export function delaySkills(skills: readonly Skill[], ms: number): Skill[] {
  return skills.map((skill) => ({
    ...skill,
    async call(input, context) {
      const [output] = await Promise.all([
        skill.call(input, context),
        sleep(ms, undefined, { signal: context.signal }),
      ]);
      return output;
    },
  }));
}
