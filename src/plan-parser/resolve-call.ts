import { CallTextError } from './call-text-error.ts';
import { coerceArgs, looseName } from './coerce-args.ts';
import { NumberLiteral } from './number-literal.ts';
import { FUNCTION_CALL_START, parseFunctionCall } from './parse-function-call.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import { parseYaml, type Reading, yamlReadings } from './parse-yaml-call.ts';
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

/** A bare skill name as a markdown item (`1. **job_search**`), its arguments as nested bullets below it. */
const BARE_SKILL = /^[*_`]*([A-Za-z_][\w.]*)[*_`]*:?\s*$/;

/**
 * One call's text, as a splitter cut it, parsed, normalised and coerced to its skill's schema. Readings
 * of the text are tried most faithful first; the first that makes a valid call wins, with its repairs.
 * Otherwise the call is rejected with the reason of the most repaired reading that could be read.
 */
export function resolveCall(
  text: string,
  format: CallFormat,
  skills: ReadonlyMap<string, Skill>,
  repairs: Repair[],
): ResolvedCall {
  let rejection: Rejection | undefined;
  for (const reading of readings(text, format, skills)) {
    const outcome =
      reading instanceof CallTextError
        ? { rejection: { skill: namedInText(text), reason: reading.reason, detail: reading.message } }
        : toCall(reading.value, skills, reading.repairs);
    if (!('rejection' in outcome)) {
      repairs.push(...(reading as Reading).repairs);
      return outcome;
    }
    if (rejection === undefined || outcome.rejection.reason !== 'malformed') rejection = outcome.rejection;
  }
  return {
    rejection: rejection ?? { skill: namedInText(text), reason: 'malformed', detail: 'no call in the text' },
  };
}

function toCall(raw: unknown, skills: ReadonlyMap<string, Skill>, repairs: Repair[]): ResolvedCall {
  let named: string | null = null;
  try {
    const { skillName, args } = callShape(raw, skills, repairs);
    named = skillName;
    const skill = findSkill(skillName, skills, repairs);
    return {
      skill: skill.name,
      args: coerceArgs(skill.args, positionalArgs(skill, args, repairs), skill.name, repairs),
    };
  } catch (error) {
    if (!(error instanceof CallTextError)) throw error;
    return {
      rejection: { skill: named ?? error.skill ?? null, reason: error.reason, detail: error.message },
    };
  }
}

function attempt(parse: (repairs: Repair[]) => unknown): Reading | CallTextError {
  const repairs: Repair[] = [];
  try {
    return { value: parse(repairs), repairs };
  } catch (error) {
    if (error instanceof CallTextError) return error;
    throw error;
  }
}

function* readings(
  text: string,
  format: CallFormat,
  skills: ReadonlyMap<string, Skill>,
): Generator<Reading | CallTextError> {
  const trimmed = text.trim();
  if (FUNCTION_CALL_START.test(trimmed))
    return yield attempt((repairs) => parseFunctionCall(trimmed, repairs));
  const [firstLine = '', ...rest] = trimmed.split('\n');
  const bare = BARE_SKILL.exec(firstLine);
  if (bare && skills.has(bare[1] as string)) {
    return yield attempt((repairs) => {
      repairs.push({ kind: 'markdown-list' });
      const args = rest.map((line) =>
        line.replace(/^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+/, '$1').replace(/\*\*|`/g, ''),
      );
      return { skill: bare[1], args: args.join('\n').trim() === '' ? {} : parseYaml(dedent(args)) };
    });
  }
  if (format === 'json') return yield attempt((repairs) => parseLooseJson(trimmed, repairs));
  if (/^["{[]/.test(trimmed)) {
    yield attempt(() => parseYaml(trimmed));
    return yield attempt((repairs) => parseLooseJson(trimmed, repairs));
  }
  yield* yamlReadings(text, argNamesOf(skills));
}

const argNameCache = new WeakMap<ReadonlyMap<string, Skill>, Set<string>>();
function argNamesOf(skills: ReadonlyMap<string, Skill>): Set<string> {
  let names = argNameCache.get(skills);
  if (!names) {
    names = new Set([...skills.values()].flatMap((skill) => Object.keys(skill.args.properties ?? {})));
    argNameCache.set(skills, names);
  }
  return names;
}

function dedent(lines: string[]): string {
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length),
  );
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** The skill named in text we could not parse, for the rejection record. */
export function namedInText(text: string): string | null {
  const match =
    /["']?(?:skill|tool|function)["']?\s*[:=]\s*["'`*]*([A-Za-z_][\w.-]*)/.exec(text) ??
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
  if (typeof raw === 'string' && FUNCTION_CALL_START.test(raw.trim())) {
    const { skill, args } = parseFunctionCall(raw, repairs);
    return { skillName: skill, args };
  }
  if (!isObject(raw)) throw new CallTextError('malformed', 'a call is not a mapping');
  const entries = Object.entries(raw).map(
    ([key, value]) => [key.toLowerCase().replace(/[\s*`"'“”‘’]/g, ''), value] as const,
  );
  const nested = entries.find(([key, value]) => key === 'function' && isObject(value));
  if (nested) {
    const rest = Object.fromEntries(entries.filter(([key]) => key !== 'function' && key !== 'type'));
    return callShape({ ...rest, ...(nested[1] as object) }, skills, repairs);
  }
  const skillEntries = entries.filter(
    ([key, value]) => SKILL_KEYS.includes(key) && typeof value === 'string',
  );
  const known = skillEntries.filter(([, value]) => looseSkill(value as string, skills) !== undefined);
  if (new Set(known.map(([, value]) => looseSkill(value as string, skills))).size > 1) {
    throw new CallTextError('ambiguous', `${known.map(([key]) => key).join(' and ')} name different skills`);
  }
  const skillKey = skillEntries.find(([key]) => key === 'skill')?.[0] ?? (known[0] ?? skillEntries[0])?.[0];
  const named = skillKey === undefined ? undefined : String(entries.find(([key]) => key === skillKey)?.[1]);
  const argEntries = entries.filter(
    ([key, value]) =>
      ARGS_KEYS.includes(key) && value !== null && !(isObject(value) && Object.keys(value).length === 0),
  );
  if (argEntries.length > 1) {
    throw new CallTextError(
      'ambiguous',
      `arguments under both ${argEntries.map(([k]) => k).join(' and ')}`,
      named,
    );
  }
  const rest = entries.filter(([key]) => key !== skillKey && !ARGS_KEYS.includes(key) && !META_KEYS.has(key));
  if (named === undefined) {
    const asKey = rest.filter(([key, value]) => skills.has(key) && (isObject(value) || value === null));
    if (asKey.length !== 1 || rest.length !== 1 || argEntries.length > 0) {
      throw new CallTextError('malformed', 'no skill named');
    }
    repairs.push({ kind: 'skill-as-key', detail: asKey[0]?.[0] });
    return { skillName: asKey[0]?.[0] as string, args: asKey[0]?.[1] };
  }
  if (skillKey !== 'skill') repairs.push({ kind: 'key-alias', detail: `${skillKey} → skill` });
  const argsEntry = argEntries[0];
  if (argsEntry && argsEntry[0] !== 'args')
    repairs.push({ kind: 'key-alias', detail: `${argsEntry[0]} → args` });
  if (rest.length === 0) return { skillName: named, args: argsEntry?.[1] };
  repairs.push({ kind: 'flattened-args', detail: rest.map(([key]) => key).join(', ') });
  const args = argsEntry?.[1] ?? {};
  if (!isObject(args))
    throw new CallTextError('ambiguous', 'arguments both nested and beside the skill', named);
  for (const [key] of rest) {
    if (Object.hasOwn(args, key))
      throw new CallTextError('ambiguous', `${key} given inside and beside args`, named);
  }
  const skillName = named;
  return { skillName, args: { ...args, ...Object.fromEntries(rest) } };
}

function looseSkill(name: string, skills: ReadonlyMap<string, Skill>): Skill | undefined {
  const exact = skills.get(name);
  if (exact) return exact;
  const wanted = looseName(
    name
      .replace(/^(?:functions|tools)\./, '')
      .replace(/\(\)$/, '')
      .replace(/[`*“”‘’"']/g, ''),
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
