import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { z } from 'zod';
import { createNetwork } from '../src/network/api/create-network.ts';
import { percentile } from '../src/network/api/percentile.ts';
import { memberViewer } from '../src/network/api/viewer.ts';
import { databaseUrlFromEnv, openDatabase } from '../src/network/db/open-database.ts';
import { buildDatabase, databaseExists } from '../src/network/import/ensure-database.ts';
import { AGENT_SKILL_SETS } from '../src/skills/agent-skill-sets.ts';
import { createDefaultSkills } from '../src/skills/catalog/default-skills.ts';
import { createSkillRegistry } from '../src/skills/create-skill-registry.ts';
import { defineSkill } from '../src/skills/define-skill.ts';
import {
  DISCOVERY_FRESH_HELD_OUT_SET_PATH,
  DISCOVERY_HELD_OUT_SET_PATH,
  loadDiscoveryDevSet,
  measureDiscoveryRecall,
  splitDevSet,
} from '../src/skills/discovery-dev-set.ts';
import { estimateTokens } from '../src/skills/estimate-tokens.ts';
import { createBundledWebSearch } from '../src/skills/web-search/create-bundled-web-search.ts';
import type { Benchmark } from './benchmarks.ts';
import { loadCompanyNames } from './load-company-names.ts';

const CALLS_PER_SKILL = 100;
const TEST_DATABASE = resolve(import.meta.dirname, '../var/test.sqlite');

type Db = ReturnType<typeof openDatabase>;

/** DATABASE_URL (or the default file); the test database when that is missing; imported as a last resort. */
async function openBenchDatabase(): Promise<Db> {
  let url = databaseUrlFromEnv();
  if (!(await databaseExists(url))) {
    if (existsSync(TEST_DATABASE)) url = TEST_DATABASE;
    else await buildDatabase({ url });
  }
  console.log(`database: ${url}\n`);
  return openDatabase({ url });
}

/** Varied arguments for every skill, drawn from the data, as a planner would write them. */
async function buildSkillArgs(db: Db): Promise<Record<string, Record<string, unknown>[]>> {
  const column = async (query: string) =>
    (await sql<{ value: string | number }>`${sql.raw(query)}`.execute(db)).rows.map((row) => row.value);
  const [jobIds, titles, memberIds, companies, slugs, tags] = await Promise.all([
    column('select job_id as value from jobs order by job_id limit 50'),
    column('select title as value from jobs order by job_id limit 50'),
    column('select member_id as value from members order by member_id limit 50'),
    column(
      "select company_id as value from companies where source = 'dataset' and company_id in (select company_id from jobs) limit 50",
    ),
    column('select slug as value from posts order by published_at desc limit 50'),
    column('select tag as value from post_tags group by tag order by count(*) desc limit 50'),
  ]);
  const shortTitle = (title: string | number) => String(title).split(/\s+/).slice(0, 2).join(' ');
  const each = <T>(values: T[], make: (value: T, index: number) => Record<string, unknown>) =>
    values.map(make);
  return {
    people_search: each(titles, (title, i) => ({
      query: shortTitle(title),
      ...(i % 2 ? { location: 'CA' } : {}),
    })),
    profile_view: each(memberIds, (member_id) => ({ member_id })),
    job_search: each(titles, (title, i) => ({
      query: shortTitle(title),
      ...(i % 2 ? { remote: true } : {}),
    })),
    job_details: each(jobIds, (job_id) => ({ job_id })),
    similar_jobs: each(jobIds, (job_id) => ({ job_id })),
    company_profile: each(companies, (company_id) => ({ company_id })),
    company_jobs: each(companies, (company_id) => ({ company_id })),
    post_view: each(slugs, (slug) => ({ slug })),
    feed_search: each(tags, (tag) => ({ query: tag })),
    article_search: each(tags, (tag) => ({ query: tag })),
    skill_gap: each(jobIds, (job_id) => ({ job_id })),
    salary_insights: each(titles, (title) => ({ title: shortTitle(title) })),
    occupation_insights: each(titles, (title) => ({ title: shortTitle(title) })),
    web_search: each(tags, (tag) => ({ query: tag })),
  };
}

const ms = (value: number | null) => Number((value ?? 0).toFixed(2));
const round3 = (value: number) => Number(value.toFixed(3));

/** A skill that does nothing: what the registry itself costs per call (validation, timer, metrics, render). */
const noopSkill = defineSkill({
  name: 'noop',
  description: 'baseline',
  whenToUse: 'baseline',
  examples: [],
  input: z.object({ n: z.number().int().optional() }),
  output: z.object({ n: z.number().int() }),
  readOnly: true,
  call: async () => ({ n: 1 }),
  render: (output) => [`n=${output.n}`],
});

export const skillsBenchmark: Benchmark = {
  name: 'skills',
  description:
    'discovery recall@3 on the dev set (training/validation parts), the held-out and fresh held-out sets (combined vs keyword-, embedding- and examples-only), with and without what the member is viewing; invocation latency p50/p99 per skill; prompt tokens of each agent’s skill descriptions',
  async run({ signal }) {
    const db = await openBenchDatabase();
    try {
      const skills = createDefaultSkills({ webSearch: createBundledWebSearch() });
      const registry = createSkillRegistry({
        network: createNetwork(db),
        skills: [...skills, noopSkill],
        companyNames: await loadCompanyNames(db),
      });
      const catalog = registry.scope(skills.map((skill) => skill.name));

      const indexStarted = performance.now();
      catalog.discover('warm up the index');
      const indexMs = performance.now() - indexStarted;
      const devSet = loadDiscoveryDevSet();
      const { training, validation } = splitDevSet(devSet);
      const fresh = loadDiscoveryDevSet(DISCOVERY_FRESH_HELD_OUT_SET_PATH);
      const sets = [
        { name: 'dev set, all (guided the design)', cases: devSet },
        { name: 'dev set, training part (weights chosen on it)', cases: training },
        { name: 'dev set, validation part', cases: validation },
        {
          name: 'held-out set (written after the first design, not tuned on)',
          cases: loadDiscoveryDevSet(DISCOVERY_HELD_OUT_SET_PATH),
        },
        {
          name: 'fresh held-out set, plain requests (written before the example-based design, not tuned on)',
          cases: fresh.filter((entry) => !entry.context),
        },
      ];
      for (const { name, cases } of sets) {
        console.log(
          `### discovery over ${catalog.names.length} skills: ${name}, ${cases.length} labelled requests\n`,
        );
        const rows: Record<string, Record<string, number>> = {};
        for (const method of ['keyword', 'embedding', 'examples', 'combined'] as const) {
          const durations = cases.map(({ query }) => {
            const started = performance.now();
            catalog.discover(query, { method });
            return performance.now() - started;
          });
          durations.sort((a, b) => a - b);
          const at3 = measureDiscoveryRecall(catalog, cases, { k: 3, method });
          rows[method === 'combined' ? 'combined with entity cues (shipped)' : `baseline: ${method} only`] = {
            'recall@1': round3(measureDiscoveryRecall(catalog, cases, { k: 1, method }).recall),
            'recall@3': round3(at3.recall),
            'recall@5': round3(measureDiscoveryRecall(catalog, cases, { k: 5, method }).recall),
            'cases fully recalled @3': cases.length - at3.misses.length,
            'p50 ms per query': ms(percentile(durations, 0.5)),
          };
        }
        console.table(rows);
        const combined = measureDiscoveryRecall(catalog, cases, { k: 3, method: 'combined' });
        console.log(
          `target recall@3 >= 0.95: ${combined.recall >= 0.95 ? 'met' : 'NOT met'} (${round3(combined.recall)})`,
        );
        console.log('misses @3 (combined):');
        for (const miss of combined.misses) {
          console.log(`  - "${miss.query}" needs ${miss.needed.join(', ')}; top 3: ${miss.found.join(', ')}`);
        }
        console.log('');
      }
      const withContext = fresh.filter((entry) => entry.context);
      console.log(
        `### discovery with what the member is viewing: fresh held-out set, ${withContext.length} requests ("is this a good fit?" on a job)\n`,
      );
      const contextRows: Record<string, Record<string, number>> = {};
      for (const ignoreContext of [true, false]) {
        const at = (k: number) =>
          round3(
            measureDiscoveryRecall(catalog, withContext, { k, method: 'combined', ignoreContext }).recall,
          );
        contextRows[ignoreContext ? 'baseline: context ignored' : 'context given (shipped)'] = {
          'recall@1': at(1),
          'recall@3': at(3),
        };
      }
      console.table(contextRows);
      console.log(`index build, word vectors included: ${Math.round(indexMs)} ms`);
      signal.throwIfAborted();

      console.log(
        `\n### invocation latency (${CALLS_PER_SKILL} calls per skill, sequential, varied arguments)\n`,
      );
      const argsBySkill = await buildSkillArgs(db);
      const latency: Record<string, Record<string, number | string>> = {};
      for (const name of ['noop', ...catalog.names]) {
        const variants = argsBySkill[name] ?? [{}];
        const durations: number[] = [];
        const renderedTokens: number[] = [];
        const errors = new Map<string, number>();
        for (let call = 0; call < CALLS_PER_SKILL + 10; call += 1) {
          signal.throwIfAborted();
          const viewer = memberViewer((call % 50) + 1);
          const started = performance.now();
          const result = await registry.invoke(name, variants[call % variants.length], { viewer, signal });
          // The first 10 calls warm caches (the skill vocabulary, SQLite pages) and are not counted.
          if (call < 10) continue;
          durations.push(performance.now() - started);
          if (result.ok) renderedTokens.push(estimateTokens(result.rendered));
          else errors.set(result.error.code, (errors.get(result.error.code) ?? 0) + 1);
        }
        durations.sort((a, b) => a - b);
        latency[name === 'noop' ? 'baseline: no-op skill (registry overhead)' : name] = {
          'p50 ms': ms(percentile(durations, 0.5)),
          'p99 ms': ms(percentile(durations, 0.99)),
          'rendered tokens (mean)': Math.round(
            renderedTokens.reduce((sum, n) => sum + n, 0) / Math.max(renderedTokens.length, 1),
          ),
          errors: [...errors].map(([code, count]) => `${code}: ${count}`).join(', ') || '0',
        };
      }
      console.table(latency);

      console.log('\n### prompt tokens of the skill descriptions per agent (estimate-tokens.ts)\n');
      const tokens: Record<string, Record<string, number>> = {};
      for (const [agent, names] of Object.entries(AGENT_SKILL_SETS)) {
        const { text, tokens: count } = registry.scope(names).describe();
        tokens[agent] = { skills: names.length, tokens: count, characters: text.length };
      }
      const all = catalog.describe();
      tokens['all skills'] = {
        skills: catalog.names.length,
        tokens: all.tokens,
        characters: all.text.length,
      };
      tokens['baseline: skills --json (JSON Schema)'] = {
        skills: catalog.names.length,
        tokens: estimateTokens(
          JSON.stringify(skills.map(({ name, description, args }) => ({ name, description, args }))),
        ),
        characters: JSON.stringify(skills.map(({ name, description, args }) => ({ name, description, args })))
          .length,
      };
      console.table(tokens);
    } finally {
      await db.destroy();
    }
  },
};
