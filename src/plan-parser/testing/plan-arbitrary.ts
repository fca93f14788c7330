import fc from 'fast-check';
import type { ArgSchema, Skill } from '../types.ts';

export interface GeneratedCall {
  skill: string;
  args: Record<string, unknown>;
}

export const PLAN_STYLES = ['yaml-block', 'yaml-flow', 'json', 'fenced-yaml', 'fenced-json'] as const;
export type PlanStyle = (typeof PLAN_STYLES)[number];

const WORDS = [
  'data',
  'engineer',
  'Austin, TX',
  'remote',
  'O’Reilly',
  'C#',
  'site reliability',
  'São Paulo',
  'x: y',
  '50%',
  '#1',
  'line\u2028separator',
];
/** Strings the parser reads differently from `yaml` by design: null words are omitted, smart-quoted text unwrapped. */
const SPECIAL = /^\s*(?:none|null|nil|undefined|~)\s*$|^[“”‘’].*[“”‘’]$/is;

const stringValue = fc
  .oneof(
    fc.constantFrom(...WORDS),
    fc.string({ maxLength: 24 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  )
  .filter((text) => !SPECIAL.test(text));

function valueFor(schema: ArgSchema): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return schema.enum ? fc.constantFrom(...schema.enum) : stringValue;
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc
        .double({
          min: schema.minimum ?? -1e6,
          max: schema.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        })
        .filter((n) => !Object.is(n, -0));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items ?? { type: 'string' }), { maxLength: 4 });
    case 'object':
      return argsFor(schema);
  }
}

function argsFor(schema: ArgSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  return fc.record(
    Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, valueFor(property)])),
    { requiredKeys: required },
  ) as fc.Arbitrary<Record<string, unknown>>;
}

/** A valid call of one of the skills. */
export function callArbitrary(skills: readonly Skill[]): fc.Arbitrary<GeneratedCall> {
  return fc
    .constantFrom(...skills)
    .chain((skill) => argsFor(skill.args).map((args) => ({ skill: skill.name, args })));
}

/** A valid plan (1–5 calls) rendered in a random style, with the calls it holds. */
export function planArbitrary(
  skills: readonly Skill[],
): fc.Arbitrary<{ text: string; calls: GeneratedCall[]; style: PlanStyle }> {
  return fc
    .record({
      calls: fc.array(callArbitrary(skills), { minLength: 1, maxLength: 5 }),
      style: fc.constantFrom(...PLAN_STYLES),
      indent: fc.constantFrom(2, 4),
      thought: fc.option(fc.constantFrom('find jobs for the member', 'look up the company first'), {
        nil: undefined,
      }),
    })
    .map(({ calls, style, indent, thought }) => ({
      text: renderPlan(calls, style, indent, thought),
      calls,
      style,
    }));
}

/** Renders calls as a plan the way a model would write it, valid in its format. */
export function renderPlan(calls: GeneratedCall[], style: PlanStyle, indent = 2, thought?: string): string {
  switch (style) {
    case 'json':
      return JSON.stringify(thought ? { thought, calls } : { calls }, null, indent);
    case 'fenced-json':
      return `Here is the plan:\n\`\`\`json\n${renderPlan(calls, 'json', indent, thought)}\n\`\`\`\nLet me know if you need more.`;
    case 'fenced-yaml':
      return `\`\`\`yaml\n${renderPlan(calls, 'yaml-block', indent, thought)}\`\`\``;
    case 'yaml-flow':
      return `${thought ? `thought: ${thought}\n` : ''}calls: [${calls.map(flowCall).join(', ')}]\n`;
    case 'yaml-block': {
      const pad = ' '.repeat(indent);
      const items = calls.map((call) => {
        const args = Object.entries(call.args);
        const keys = `${pad}  `;
        const body =
          args.length === 0
            ? ' {}'
            : `\n${args.map(([key, value]) => blockEntry(key, value, keys + pad, pad)).join('\n')}`;
        return `${pad}- skill: ${call.skill}\n${keys}args:${body}`;
      });
      return `${thought ? `thought: ${thought}\n` : ''}calls:\n${items.join('\n')}\n`;
    }
  }
}

const flowCall = (call: GeneratedCall) => `{skill: ${call.skill}, args: ${JSON.stringify(call.args)}}`;

function blockEntry(key: string, value: unknown, indent: string, pad: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}${key}: []`;
    return `${indent}${key}:\n${value.map((item) => `${indent}${pad}- ${scalar(item)}`).join('\n')}`;
  }
  return `${indent}${key}: ${scalar(value)}`;
}

/** A scalar in YAML: plain where that reads back as the same string, double-quoted otherwise. */
function scalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z][\w ,.'’()/-]*[\w.)’]$|^[A-Za-z]$/.test(value) && !/\s#|:\s|,\s*$/.test(value);
  const special = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(value);
  return plain && !special ? value : JSON.stringify(value);
}
