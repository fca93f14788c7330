import type { Network } from '../network/api/create-network.ts';
import {
  createSkillIndex,
  type RankOptions,
  type SkillIndex,
  type SkillMatch,
} from './create-skill-index.ts';
import type { Skill } from './define-skill.ts';
import { describeSkills } from './describe-skills.ts';
import { estimateTokens } from './estimate-tokens.ts';
import { type InvocationOptions, invokeSkill } from './invoke-skill.ts';
import { createSkillMetrics, type SkillMetrics } from './skill-metrics.ts';
import type { SkillResult } from './skill-result.ts';

/** What an agent sees: the whole registry or a scoped view of it. */
export interface SkillCatalog {
  /** Skill names in this view, in registration order. */
  readonly names: readonly string[];
  list(): Skill[];
  get(name: string): Skill | undefined;
  /** The skills as a planning prompt lists them, with the estimated token count (estimate-tokens.ts). */
  describe(): { text: string; tokens: number };
  /** The `k` skills most similar to the query (default 3), best first; `context`: what the member is viewing. */
  discover(query: string, options?: { k?: number } & Omit<RankOptions, 'among'>): SkillMatch[];
  /** Never throws: unknown skills, bad arguments, failures and timeouts come back as `{ok: false}`. */
  invoke(name: string, args: unknown, options: InvocationOptions): Promise<SkillResult>;
  /** A view limited to the named skills (all of which must be registered). */
  scope(names: readonly string[]): SkillCatalog;
}

export interface SkillRegistry extends SkillCatalog {
  register(skill: Skill): void;
  readonly metrics: SkillMetrics;
}

export function createSkillRegistry(options: {
  network: Network;
  skills?: readonly Skill[];
  metrics?: SkillMetrics;
  /** The network's company names, so that discovery knows a company named without context. */
  companyNames?: readonly string[];
}): SkillRegistry {
  const skills = new Map<string, Skill>();
  const metrics = options.metrics ?? createSkillMetrics();
  let index: SkillIndex | undefined;

  const invoke = async (name: string, args: unknown, invocation: InvocationOptions): Promise<SkillResult> => {
    const skill = skills.get(name);
    const result: SkillResult = skill
      ? await invokeSkill(skill, args, options.network, invocation)
      : {
          ok: false,
          skill: name,
          error: { code: 'unknown_skill', message: `no skill "${name}"` },
          durationMs: 0,
        };
    metrics.record(name, result.ok ? 'ok' : result.error.code, result.durationMs / 1000);
    return result;
  };

  const view = (names: () => readonly string[]): SkillCatalog => {
    const inView = (name: string) => names().includes(name);
    const list = () => names().map((name) => skills.get(name) as Skill);
    return {
      get names() {
        return names();
      },
      list,
      get: (name) => (inView(name) ? skills.get(name) : undefined),
      describe() {
        const text = describeSkills(list());
        return { text, tokens: estimateTokens(text) };
      },
      discover(query, { k = 3, ...rankOptions } = {}) {
        index ??= createSkillIndex([...skills.values()], { companyNames: options.companyNames });
        return index.rank(query, { ...rankOptions, among: new Set(names()) }).slice(0, k);
      },
      invoke: (name, args, invocation) =>
        inView(name)
          ? invoke(name, args, invocation)
          : Promise.resolve({
              ok: false,
              skill: name,
              error: { code: 'unknown_skill', message: `no skill "${name}" for this agent` },
              durationMs: 0,
            }),
      scope(scoped) {
        const unknown = scoped.filter((name) => !inView(name));
        if (unknown.length > 0) throw new Error(`unknown skill(s) in scope: ${unknown.join(', ')}`);
        const frozen = Object.freeze([...scoped]);
        return view(() => frozen);
      },
    };
  };

  const registry: SkillRegistry = Object.assign(
    view(() => [...skills.keys()]),
    {
      metrics,
      register(skill: Skill) {
        if (skills.has(skill.name)) throw new Error(`skill "${skill.name}" is already registered`);
        skills.set(skill.name, skill);
        index = undefined;
      },
    },
  );
  for (const skill of options.skills ?? []) registry.register(skill);
  return registry;
}
