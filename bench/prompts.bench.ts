import { createExamplesStore, type ExamplesStore } from '../src/examples/create-examples-store.ts';
import { createWordVectorEmbedder } from '../src/examples/create-word-vector-embedder.ts';
import type { ExampleStep } from '../src/examples/example.ts';
import {
  FRESH_HELD_OUT_QUERIES,
  HELD_OUT_QUERIES,
  type HeldOutQuery,
} from '../src/examples/held-out-queries.ts';
import { loadExamples } from '../src/examples/load-examples.ts';
import { percentile } from '../src/llm/metrics/percentile.ts';
import type { Network } from '../src/network/api/create-network.ts';
import { renderFormatRules } from '../src/plan-parser/render-format-rules.ts';
import type { ConversationTurn } from '../src/prompts/conversation-turn.ts';
import { renderAnswerPrompt } from '../src/prompts/render-answer-prompt.ts';
import { DOSSIER_ITEM_KINDS, type DossierItem, type DossierItemKind } from '../src/prompts/render-dossier.ts';
import { renderPlanningPrompt } from '../src/prompts/render-planning-prompt.ts';
import { AGENT_SKILL_SETS, type AgentName } from '../src/skills/agent-skill-sets.ts';
import { createDefaultSkills } from '../src/skills/catalog/default-skills.ts';
import { createSkillRegistry } from '../src/skills/create-skill-registry.ts';
import { createBundledWebSearch } from '../src/skills/web-search/create-bundled-web-search.ts';
import type { Benchmark } from './benchmarks.ts';

const RENDERS = 500;
const LOOKUP_ROUNDS = 50;
const EXAMPLES_K = 3;
const EXAMPLES_TOKEN_BUDGET = 700;
const HISTORY_TOKEN_BUDGET = 600;

/** A six-turn conversation as a follow-up would carry; it fits the default history budget verbatim. */
const HISTORY: ConversationTurn[] = Array.from({ length: 3 }, (_, i): ConversationTurn[] => [
  {
    role: 'member',
    text: `Follow-up ${i}: can you look at data engineer roles near Austin, TX that use Python and Airflow? I prefer hybrid work and a salary above $130,000.`,
  },
  {
    role: 'assistant',
    agent: 'jobs',
    text: `Here are three postings that match [job:390112233${i}] [job:389901245${i}] [job:387600112${i}]. The first asks for Spark, which your profile lacks; the second matches your SQL and Airflow; the third is remote. Follow-ups: How well do I fit the second one? Show remote ones too.`,
  },
]).flat();

/** The dossier lines of an agent's curated answer examples (`[kind:id] text`), as retrieved items. */
function dossierOf(store: ReturnType<typeof loadExamples>, agent: AgentName): DossierItem[] {
  return store
    .filter((e) => e.agent === agent && e.step === 'answer')
    .flatMap((e) => (e.dossier ?? '').split('\n'))
    .map((line) => line.match(/^\[(\w+):([^\]]+)\] (.+)$/))
    .filter(
      (m): m is RegExpMatchArray =>
        m !== null && (DOSSIER_ITEM_KINDS as readonly string[]).includes(m[1] ?? ''),
    )
    .slice(0, 6)
    .map((m) => ({ kind: m[1] as DossierItemKind, id: m[2] as string, text: m[3] as string }));
}

function timeMs(run: () => void, times: number): number[] {
  return Array.from({ length: times }, () => {
    const startedAt = performance.now();
    run();
    return performance.now() - startedAt;
  });
}

async function lookupLatencies(store: ExamplesStore, signal: AbortSignal): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < LOOKUP_ROUNDS; round += 1) {
    for (const { agent, step, query } of HELD_OUT_QUERIES) {
      const startedAt = performance.now();
      await store.nearest(agent, step, query, { k: EXAMPLES_K, tokenBudget: EXAMPLES_TOKEN_BUDGET, signal });
      latencies.push(performance.now() - startedAt);
    }
  }
  return latencies;
}

export const promptsBenchmark: Benchmark = {
  name: 'prompts',
  description:
    'shared prompt templates and examples store: tokens per agent and step, render time, EBR lookup latency and held-out relevance',
  async run({ signal }) {
    const examples = loadExamples();
    const buildStartedAt = performance.now();
    const store = await createExamplesStore({ examples, embedder: createWordVectorEmbedder(), signal });
    const buildMs = performance.now() - buildStartedAt;
    const registry = createSkillRegistry({
      network: {} as Network,
      skills: createDefaultSkills({ webSearch: createBundledWebSearch() }),
    });
    const formatRules = renderFormatRules(new Map());
    const agents = Object.keys(AGENT_SKILL_SETS) as AgentName[];

    const tokens: Record<string, Record<string, number>> = {};
    const renderMs: number[] = [];
    for (const agent of agents) {
      const question = examples.find((e) => e.agent === agent)?.query ?? '';
      const nearest = async (step: ExampleStep) =>
        (
          await store.nearest(agent, step, question, {
            k: EXAMPLES_K,
            tokenBudget: EXAMPLES_TOKEN_BUDGET,
            signal,
          })
        ).map((m) => m.example);
      const [planExamples, answerExamples] = [await nearest('plan'), await nearest('answer')];
      const common = {
        agent,
        history: HISTORY,
        historyTokenBudget: HISTORY_TOKEN_BUDGET,
        member: { id: 12 },
        question,
      };
      const skills = registry.scope(AGENT_SKILL_SETS[agent]).describe().text;
      const dossier = dossierOf(examples, agent);
      const plan = () => renderPlanningPrompt({ ...common, skills, formatRules, examples: planExamples });
      const answer = () => renderAnswerPrompt({ ...common, dossier, examples: answerExamples });
      for (const [step, render] of [
        ['plan', plan],
        ['answer', answer],
      ] as const) {
        const prompt = render();
        const of = (name: string) => prompt.sections.find((s) => s.name === name)?.tokens ?? 0;
        tokens[`${agent} ${step}`] = {
          total: prompt.tokens,
          'identity+rules': of('identity') + of('jailbreak_defence'),
          instructions: of(`instructions.${agent}`) + of('task'),
          skills: of('skills'),
          'format rules': of('format_rules'),
          examples: of('examples'),
          history: of('history'),
          dossier: of('dossier'),
          request: of('request'),
        };
        renderMs.push(...timeMs(render, RENDERS));
      }
    }
    console.log(
      `tokens per agent and step (estimateTokens; ${EXAMPLES_K} nearest examples within ${EXAMPLES_TOKEN_BUDGET} tokens, a six-turn history within ${HISTORY_TOKEN_BUDGET}):`,
    );
    console.table(tokens);
    console.log(
      `render time over ${renderMs.length} renders: p50 ${percentile(renderMs, 50).toFixed(3)} ms, p99 ${percentile(renderMs, 99).toFixed(3)} ms\n`,
    );

    const lookups = await lookupLatencies(store, signal);
    const relevance = async (queries: HeldOutQuery[]) => {
      let first = 0;
      let inTop3 = 0;
      for (const { agent, step, query, relevant } of queries) {
        const keys = (await store.nearest(agent, step, query, { k: 3, signal })).map((m) => m.example.key);
        if (relevant.includes(keys[0] ?? '')) first += 1;
        if (keys.some((key) => relevant.includes(key))) inTop3 += 1;
      }
      return { queries: queries.length, 'relevant first': first, 'relevant in top 3': inTop3 };
    };
    console.log(
      `examples store: ${store.size} examples embedded with '${store.embedder}' in ${buildMs.toFixed(0)} ms; brute-force scan of the shelf (about ten examples, so no index), embedding cosine blended with shared rare words`,
    );
    console.table({
      'nearest (embed query + scan)': {
        lookups: lookups.length,
        'p50 ms': percentile(lookups, 50).toFixed(3),
        'p99 ms': percentile(lookups, 99).toFixed(3),
      },
    });
    console.log('held-out queries (the fresh set was written before the scoring blend was chosen):');
    console.table({
      'first set': await relevance(HELD_OUT_QUERIES),
      'fresh set': await relevance(FRESH_HELD_OUT_QUERIES),
    });
  },
};
