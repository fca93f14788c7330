import { CallTextError } from './call-text-error.ts';
import { coerceArgs, looseName } from './coerce-args.ts';
import { NumberLiteral } from './number-literal.ts';
import { FUNCTION_CALL_START, parseFunctionCall } from './parse-function-call.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import { parseYamlCall } from './parse-yaml-call.ts';
import type { Rejection, Repair, Skill } from './types.ts';

export const SKILL_KEYS = ['skill', 'tool', 'function', 'name', 'skill_name', 'tool_name', 'action'];
export const ARGS_KEYS = ['args', 'arguments', 'params', 'parameters', 'input', 'inputs', 'kwargs'];
/** Keys models add beside a call that are neither the skill nor its arguments. */
const META_KEYS = new Set([
  'thought',
  'reason',
  'reasoning',
  'why',
  'id',
  'type',
  'description',
  'purpose',
  'rationale',
  'note',
  'comment',
  'step',
]);

export type CallFormat = 'yaml' | 'json';
export type ResolvedCall = { skill: string; args: Record<string, unknown> } | { rejection: Rejection };

/** One call's text, as the splitter cut it, parsed, normalised and coerced to its skill's schema. */
export function resolveCall(
  text: string,
  format: CallFormat,
  skills: ReadonlyMap<string, Skill>,
  repairs: Repair[],
): ResolvedCall {
  let named: string | null = null;
  try {
    const raw = parseCallText(text, format, repairs);
    const { skillName, args } = callShape(raw, skills, repairs);
    named = skillName;
    const skill = findSkill(skillName, skills, repairs);
    return {
      skill: skill.name,
      args: coerceArgs(skill.args, positionalArgs(skill, args, repairs), skill.name, repairs),
    };
  } catch (error) {
    if (!(error instanceof CallTextError)) throw error;
    return { rejection: { skill: named ?? namedInText(text), reason: error.reason, detail: error.message } };
  }
}

function parseCallText(text: string, format: CallFormat, repairs: Repair[]): unknown {
  const trimmed = text.trim();
  if (FUNCTION_CALL_START.test(trimmed)) return parseFunctionCall(trimmed, repairs);
  if (format === 'json' || /^["{[]/.test(trimmed)) {
    if (format === 'yaml') {
      try {
        return parseYamlCall(trimmed, []);
      } catch {
        // not YAML flow: read it as loose JSON below
      }
    }
    return parseLooseJson(trimmed, repairs);
  }
  return parseYamlCall(text, repairs);
}

/** The skill named in text we could not parse, for the rejection record. */
function namedInText(text: string): string | null {
  const match =
    /["']?(?:skill|tool|function|name)["']?\s*[:=]\s*["'`*]*([A-Za-z_][\w.-]*)/.exec(text) ??
    FUNCTION_CALL_START.exec(text.trim());
  return match?.[1] ?? null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof NumberLiteral);

/**
 * Finds the skill and the arguments in whatever shape the model used: key aliases, an OpenAI-style
 * `function: {name, arguments}`, the skill name as the key, arguments flattened beside the skill, a
 * call double-encoded in a string.
 */
function callShape(
  raw: unknown,
  skills: ReadonlyMap<string, Skill>,
  repairs: Repair[],
): { skillName: string; args: unknown } {
  if (typeof raw === 'string' && /^\s*[{"]/.test(raw)) {
    repairs.push({ kind: 'double-encoded' });
    return callShape(parseLooseJson(raw, repairs), skills, repairs);
  }
  if (!isObject(raw)) throw new CallTextError('malformed', 'a call is not a mapping');
  const entries = Object.entries(raw).map(
    ([key, value]) => [key.toLowerCase().replace(/[\s*`"']/g, ''), value] as const,
  );
  const nested = entries.find(([key, value]) => key === 'function' && isObject(value));
  if (nested) {
    const rest = Object.fromEntries(entries.filter(([key]) => key !== 'function' && key !== 'type'));
    return callShape({ ...rest, ...(nested[1] as object) }, skills, repairs);
  }
  const skillEntries = entries.filter(
    ([key, value]) => SKILL_KEYS.includes(key) && typeof value === 'string',
  );
  let skillKey = skillEntries.find(([key]) => key === 'skill')?.[0];
  if (skillKey === undefined) {
    const known = skillEntries.filter(([, value]) => looseSkill(value as string, skills) !== undefined);
    if (new Set(known.map(([, value]) => looseSkill(value as string, skills))).size > 1) {
      throw new CallTextError(
        'ambiguous',
        `${known.map(([key]) => key).join(' and ')} name different skills`,
      );
    }
    skillKey = (known[0] ?? skillEntries[0])?.[0];
  }
  const argEntries = entries.filter(
    ([key, value]) =>
      ARGS_KEYS.includes(key) && !(isObject(value) && Object.keys(value).length === 0) && value !== null,
  );
  if (argEntries.length > 1)
    throw new CallTextError('ambiguous', `arguments given under ${argEntries.map(([k]) => k).join(' and ')}`);
  const rest = entries.filter(([key]) => key !== skillKey && !ARGS_KEYS.includes(key) && !META_KEYS.has(key));
  if (skillKey === undefined) {
    const asKey = rest.filter(([key, value]) => skills.has(key) && (isObject(value) || value === null));
    if (asKey.length !== 1 || rest.length !== 1 || argEntries.length > 0)
      throw new CallTextError('malformed', 'no skill named');
    repairs.push({ kind: 'skill-as-key', detail: asKey[0]?.[0] });
    return { skillName: asKey[0]?.[0] as string, args: asKey[0]?.[1] };
  }
  if (skillKey !== 'skill') repairs.push({ kind: 'key-alias', detail: `${skillKey} → skill` });
  const argsEntry = argEntries[0];
  if (argsEntry && argsEntry[0] !== 'args')
    repairs.push({ kind: 'key-alias', detail: `${argsEntry[0]} → args` });
  const skillName = String(entries.find(([key]) => key === skillKey)?.[1]);
  if (rest.length === 0) return { skillName, args: argsEntry?.[1] };
  repairs.push({ kind: 'flattened-args', detail: rest.map(([key]) => key).join(', ') });
  const args = argsEntry?.[1] ?? {};
  if (!isObject(args)) throw new CallTextError('ambiguous', 'arguments both nested and beside the skill');
  for (const [key] of rest) {
    if (Object.hasOwn(args, key)) throw new CallTextError('ambiguous', `${key} given inside and beside args`);
  }
  return { skillName, args: { ...args, ...Object.fromEntries(rest) } };
}

function looseSkill(name: string, skills: ReadonlyMap<string, Skill>): Skill | undefined {
  const exact = skills.get(name);
  if (exact) return exact;
  const wanted = looseName(
    name
      .replace(/^(?:functions|tools)\./, '')
      .replace(/\(\)$/, '')
      .replace(/[`*]/g, ''),
  );
  const matches = [...skills.values()].filter((skill) => looseName(skill.name) === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}

function findSkill(name: string, skills: ReadonlyMap<string, Skill>, repairs: Repair[]): Skill {
  const skill = looseSkill(name, skills);
  if (!skill) throw new CallTextError('unknown-skill', `no skill named '${name}'`);
  if (skill.name !== name) repairs.push({ kind: 'skill-name', detail: `${name} → ${skill.name}` });
  return skill;
}

/** Positional function-call arguments map onto the skill only when it has exactly one required argument. */
function positionalArgs(skill: Skill, args: unknown, repairs: Repair[]): unknown {
  if (!Array.isArray(args)) return args;
  const required = skill.args.required ?? [];
  if (args.length !== 1 || required.length !== 1) {
    throw new CallTextError(
      'ambiguous',
      `${skill.name}: positional arguments do not say which argument they are`,
    );
  }
  repairs.push({ kind: 'function-call', detail: `positional → ${required[0]}` });
  return { [required[0] as string]: args[0] };
}
