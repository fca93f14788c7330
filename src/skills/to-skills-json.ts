import type { Skill as PlanSkill } from '../plan-parser/types.ts';
import type { Skill } from './define-skill.ts';

/** The skills in the shape `parse-calls --skills` reads (`dossier skills --json`): `[{name, description, args}]`. */
export function toSkillsJson(skills: readonly Skill[]): PlanSkill[] {
  return skills.map((skill) => ({
    name: skill.name,
    description: `${skill.description} When: ${skill.whenToUse}`,
    args: skill.args,
  }));
}
