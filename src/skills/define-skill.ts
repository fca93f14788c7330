import type { z } from 'zod';
import { type ArgsJsonSchema, toArgsJsonSchema } from './args-json-schema.ts';
import { renderLines } from './render-lines.ts';
import type { SkillContext } from './skill-context.ts';

const DEFAULT_TIMEOUT_MS = 2_000;
const DEFAULT_MAX_RENDER_TOKENS = 400;
const SKILL_NAME = /^[a-z][a-z0-9_]*$/;

export interface SkillDefinition<Input extends z.ZodObject, Output extends z.ZodType> {
  /** snake_case, as the LLM writes it in a plan. */
  name: string;
  /** What the skill does, one sentence. */
  description: string;
  /** When to pick it (and when another skill fits better). */
  whenToUse: string;
  /** Typical member requests it serves, for discovery (never shown in prompts). */
  examples: string[];
  /** Arguments as the LLM writes them: primitive-typed, described, bounded. */
  input: Input;
  /** The LLM-friendly result: what `call` returns and `render` shows. */
  output: Output;
  /** Only read-only skills may fire before the plan is finished. */
  readOnly: boolean;
  timeoutMs?: number;
  /** Budget of the rendering; `render` output is cut to it. */
  maxRenderTokens?: number;
  /** The mapping: LLM arguments to internal API calls (as the asking member), and their results to `output`. */
  call(input: z.output<Input>, context: SkillContext): Promise<z.input<Output>>;
  /**
   * Compact lines for the LLM, most important first (the first, a heading, always kept); they keep
   * the stable ids (job_id, company_id, member_id, slug, article_id) so that answers can cite them.
   */
  render(output: z.output<Output>): string[];
}

/** A skill as the registry holds it, its types erased behind the schemas that check them at run time. */
export interface Skill {
  readonly name: string;
  readonly description: string;
  readonly whenToUse: string;
  readonly examples: readonly string[];
  readonly input: z.ZodObject;
  readonly output: z.ZodType;
  /** `input` as JSON Schema, in the shape `parse-calls --skills` reads. */
  readonly args: ArgsJsonSchema;
  readonly readOnly: boolean;
  readonly timeoutMs: number;
  readonly maxRenderTokens: number;
  /** Runs with input already parsed by `input`. */
  call(input: unknown, context: SkillContext): Promise<unknown>;
  /** Renders output already parsed by `output`, cut to `maxRenderTokens`. */
  render(output: unknown): string;
}

export function defineSkill<Input extends z.ZodObject, Output extends z.ZodType>(
  definition: SkillDefinition<Input, Output>,
): Skill {
  if (!SKILL_NAME.test(definition.name)) throw new Error(`skill name "${definition.name}" is not snake_case`);
  const maxRenderTokens = definition.maxRenderTokens ?? DEFAULT_MAX_RENDER_TOKENS;
  return Object.freeze({
    name: definition.name,
    description: definition.description,
    whenToUse: definition.whenToUse,
    examples: Object.freeze([...definition.examples]),
    input: definition.input,
    output: definition.output,
    args: toArgsJsonSchema(definition.input),
    readOnly: definition.readOnly,
    timeoutMs: definition.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRenderTokens,
    call: (input: unknown, context: SkillContext) => definition.call(input as z.output<Input>, context),
    render: (output: unknown) => renderLines(definition.render(output as z.output<Output>), maxRenderTokens),
  });
}
