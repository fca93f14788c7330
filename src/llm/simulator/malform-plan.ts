import { parse } from 'yaml';
import { pickOne, type Random } from './seeded-random.ts';

/**
 * Turns a valid YAML plan into one carrying a mistake LLMs really make — the kinds the plan parser
 * repairs (issue 3, "Repair before parse"). The simulator's `malformed` fault uses it, so parser and
 * pipeline can be measured against LinkedIn's ~10% of broken plans.
 */
export const PLAN_MISTAKES = [
  'markdown_fence',
  'unclosed_fence',
  'prose_around',
  'think_block',
  'tabs',
  'misaligned_indent',
  'missing_colon_space',
  'unquoted_colon_value',
  'smart_quotes',
  'key_aliases',
  'top_level_list',
  'single_call_without_list',
  'numbered_items',
  'trailing_comments',
  'function_call_syntax',
  'json_trailing_commas',
  'json_single_quotes',
  'json_unquoted_keys',
  'json_comments',
  'python_literals',
  'json_double_encoded',
  'truncated',
] as const;

export type PlanMistake = (typeof PLAN_MISTAKES)[number];

interface Plan {
  thought?: string;
  calls: { skill: string; args: Record<string, unknown> }[];
}

function readPlan(text: string): Plan | undefined {
  try {
    const value = parse(text) as Partial<Plan> | null;
    if (!value || !Array.isArray(value.calls)) return undefined;
    return { thought: value.thought, calls: value.calls };
  } catch {
    return undefined;
  }
}

/** True when the text is a plan `malformPlan` can work on. */
export function isPlanText(text: string): boolean {
  return /^calls:/m.test(text) && readPlan(text) !== undefined;
}

function yamlScalar(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlScalar).join(', ')}]`;
  return String(value);
}

interface YamlStyle {
  skillKey?: string;
  argsKey?: string;
  itemMarker?: (index: number) => string;
  formatValue?: (value: unknown) => string;
}

/** Renders the plan line by line in the house style, with the given deviations. */
function renderYaml(plan: Plan, style: YamlStyle = {}): string {
  const { skillKey = 'skill', argsKey = 'args', itemMarker = () => '- ', formatValue = yamlScalar } = style;
  const lines = plan.thought === undefined ? [] : [`thought: ${plan.thought}`];
  lines.push('calls:');
  plan.calls.forEach((call, index) => {
    const marker = itemMarker(index);
    const inner = ' '.repeat(2 + marker.length);
    lines.push(`  ${marker}${skillKey}: ${call.skill}`, `${inner}${argsKey}:`);
    for (const [key, value] of Object.entries(call.args))
      lines.push(`${inner}  ${key}: ${formatValue(value)}`);
  });
  return lines.join('\n');
}

function looseJson(plan: Plan, quote: string, keyQuote: string): string {
  const render = (value: unknown, indent: string): string => {
    if (typeof value === 'string') return `${quote}${value.replaceAll(quote, `\\${quote}`)}${quote}`;
    if (Array.isArray(value)) return `[${value.map((v) => render(v, indent)).join(', ')}]`;
    if (value && typeof value === 'object') {
      const inner = `${indent}  `;
      const entries = Object.entries(value).map(
        ([k, v]) => `${inner}${keyQuote}${k}${keyQuote}: ${render(v, inner)}`,
      );
      return `{\n${entries.join(',\n')}\n${indent}}`;
    }
    return String(value);
  };
  return render(plan, '');
}

function json(plan: Plan): string {
  return JSON.stringify(plan, null, 2);
}

type Transform = (plan: Plan, text: string, random: Random) => string | undefined;

const isScalarNonString = (value: unknown) => typeof value === 'number' || typeof value === 'boolean';
const hasArg = (plan: Plan, test: (value: unknown) => boolean) =>
  plan.calls.some((call) => Object.values(call.args).some(test));

/** Each transform returns undefined when the mistake cannot apply to this plan. */
const TRANSFORMS: Record<PlanMistake, Transform> = {
  markdown_fence: (_, text, random) => `\`\`\`${pickOne(random, ['yaml', 'yml', ''])}\n${text}\n\`\`\``,
  unclosed_fence: (_, text) => `\`\`\`yaml\n${text}\n`,
  prose_around: (_, text, random) =>
    `${pickOne(random, ['Sure! Here is the plan:', 'Here is how I would look this up.'])}\n\n${text}\n\n${pickOne(
      random,
      ['Let me know if you need anything else.', 'These calls should cover the question.'],
    )}`,
  think_block: (plan, text) =>
    `<think>\nThe member wants ${plan.calls[0]?.skill ?? 'something'}. A first idea:\ncalls:\n  - skill: web_search\n</think>\n${text}`,
  tabs: (_, text) => text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2)),
  misaligned_indent: (_, text) =>
    /^ {4}args:/m.test(text) ? text.replace(/^ {4}args:/gm, '     args:') : undefined,
  missing_colon_space: (_, text) => text.replace(/^(\s+)(\w+): (?=\S)/gm, '$1$2:'),
  unquoted_colon_value: (plan) =>
    plan.thought === undefined ? undefined : renderYaml({ ...plan, thought: `Plan: ${plan.thought}` }),
  smart_quotes: (plan) =>
    hasArg(plan, (v) => typeof v === 'string')
      ? renderYaml(plan, { formatValue: (v) => (typeof v === 'string' ? `“${v}”` : yamlScalar(v)) })
      : undefined,
  key_aliases: (plan, _, random) =>
    renderYaml(plan, {
      skillKey: pickOne(random, ['name', 'tool', 'function']),
      argsKey: pickOne(random, ['arguments', 'params', 'parameters', 'input']),
    }),
  top_level_list: (plan) =>
    renderYaml({ calls: plan.calls })
      .split('\n')
      .slice(1)
      .map((line) => line.slice(2))
      .join('\n'),
  single_call_without_list: (plan) =>
    plan.calls.length === 1 ? renderYaml(plan, { itemMarker: () => '' }) : undefined,
  numbered_items: (plan, _, random) => {
    const numbered = random() < 0.5;
    return renderYaml(plan, { itemMarker: (index) => (numbered ? `${index + 1}. ` : '* ') });
  },
  trailing_comments: (plan) =>
    hasArg(plan, isScalarNonString)
      ? renderYaml(plan, {
          formatValue: (v) =>
            isScalarNonString(v) ? `${yamlScalar(v)}  # from the question` : yamlScalar(v),
        })
      : undefined,
  function_call_syntax: (plan) => {
    const calls = plan.calls.map((call) => {
      const args = Object.entries(call.args).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
      return `  - ${call.skill}(${args.join(', ')})`;
    });
    return [...(plan.thought === undefined ? [] : [`thought: ${plan.thought}`]), 'calls:', ...calls].join(
      '\n',
    );
  },
  json_trailing_commas: (plan) => json(plan).replace(/(["\d\]}el])(\n\s*[}\]])/g, '$1,$2'),
  json_single_quotes: (plan) => looseJson(plan, "'", "'"),
  json_unquoted_keys: (plan) => looseJson(plan, '"', ''),
  json_comments: (plan) => json(plan).replace(/\n(\s*)"calls"/, '\n$1// the calls to make\n$1"calls"'),
  python_literals: (plan) =>
    hasArg(plan, (v) => typeof v === 'boolean')
      ? json(plan).replace(/: (true|false)\b/g, (_, b: string) => `: ${b === 'true' ? 'True' : 'False'}`)
      : undefined,
  json_double_encoded: (plan) => JSON.stringify(JSON.stringify(plan)),
  truncated: (_, text, random) => text.slice(0, Math.floor(text.length * (0.5 + random() * 0.45))),
};

/**
 * Applies one mistake, chosen with `random` among those that fit the plan (or the one asked for).
 * Returns undefined when the text is not a plan or the asked mistake cannot apply.
 */
export function malformPlan(
  text: string,
  random: Random,
  mistake?: PlanMistake,
): { text: string; mistake: PlanMistake } | undefined {
  const plan = readPlan(text);
  if (!plan) return undefined;
  const candidates = mistake ? [mistake] : [...PLAN_MISTAKES];
  while (candidates.length > 0) {
    const index = Math.floor(random() * candidates.length);
    const chosen = candidates[index] as PlanMistake;
    const malformed = TRANSFORMS[chosen](plan, text, random);
    if (malformed !== undefined && malformed !== text) return { text: malformed, mistake: chosen };
    candidates.splice(index, 1);
  }
  return undefined;
}
