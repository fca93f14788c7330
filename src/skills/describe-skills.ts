import type { ArgSchema } from '../plan-parser/types.ts';
import type { Skill } from './define-skill.ts';

// Skills as a planning prompt lists them: one line each, a call signature then what and when.
//   job_details(job_id: integer ≥1 "the posting") — Fetch one job posting by job_id… When: …
// Optional arguments carry "?"; enums show their values; bounds show as ranges.

function renderType(schema: ArgSchema): string {
  if (schema.enum) return schema.enum.join('|');
  if (schema.type === 'array') return `${schema.items ? renderType(schema.items) : 'any'}[]`;
  const { minimum: min, maximum: max } = schema;
  if (min !== undefined && max !== undefined) return `${schema.type} ${min}-${max}`;
  if (min !== undefined) return `${schema.type} ≥${min}`;
  if (max !== undefined) return `${schema.type} ≤${max}`;
  return schema.type;
}

export function describeSkill(skill: Skill): string {
  const required = new Set(skill.args.required ?? []);
  const args = Object.entries(skill.args.properties ?? {}).map(([name, schema]) => {
    const note = schema.description ? ` "${schema.description}"` : '';
    return `${name}${required.has(name) ? '' : '?'}: ${renderType(schema)}${note}`;
  });
  return `${skill.name}(${args.join(', ')}) — ${skill.description} When: ${skill.whenToUse}`;
}

export function describeSkills(skills: readonly Skill[]): string {
  return skills.map(describeSkill).join('\n');
}
