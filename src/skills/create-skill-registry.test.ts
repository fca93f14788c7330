import { describe, expect, it } from 'vitest';
import type { Network } from '../network/api/create-network.ts';
import { AGENT_SKILL_SETS } from './agent-skill-sets.ts';
import { createDefaultSkills } from './catalog/default-skills.ts';
import { createSkillRegistry } from './create-skill-registry.ts';
import {
  DISCOVERY_FRESH_HELD_OUT_SET_PATH,
  DISCOVERY_HELD_OUT_SET_PATH,
  loadDiscoveryDevSet,
  measureDiscoveryRecall,
  nearCopiedExample,
} from './discovery-dev-set.ts';
import { createBundledWebSearch } from './web-search/create-bundled-web-search.ts';

const skills = createDefaultSkills({ webSearch: createBundledWebSearch() });
const registry = createSkillRegistry({ network: {} as Network, skills });
const devSet = loadDiscoveryDevSet();
const heldOutSet = loadDiscoveryDevSet(DISCOVERY_HELD_OUT_SET_PATH);
const freshHeldOutSet = loadDiscoveryDevSet(DISCOVERY_FRESH_HELD_OUT_SET_PATH);

describe('skill registry', () => {
  it('lists the skills and refuses a duplicate', () => {
    expect(registry.names).toHaveLength(14);
    expect(() => registry.register(skills[0] as (typeof skills)[number])).toThrow(/already registered/);
  });

  it('describes skills for prompts, one line each, with a token count', () => {
    const { text, tokens } = registry.scope(['job_details']).describe();
    expect(text).toBe(
      'job_details(job_id: integer ≥1 "the posting") — Fetch one job posting by job_id: description, required skills, pay, location and how to apply. When: When a job_id is known (the job being viewed or one from a search) and its details matter.',
    );
    expect(tokens).toBeGreaterThan(30);
    expect(registry.describe().text.split('\n')).toHaveLength(14);
  });

  it('scopes every agent to known skills', () => {
    for (const [agent, names] of Object.entries(AGENT_SKILL_SETS)) {
      expect(registry.scope(names).names, agent).toEqual(names);
    }
  });

  it('discovers within a scope only', () => {
    const jobs = registry.scope(AGENT_SKILL_SETS.knowledge);
    const found = jobs.discover('remote python developer jobs', { k: 3 });
    expect(found).toHaveLength(3);
    for (const match of found) expect(AGENT_SKILL_SETS.knowledge).toContain(match.name);
  });

  it('finds the obvious skill', () => {
    expect(registry.discover('how much do nurses earn in Ohio?', { k: 1 })[0]?.name).toBe('salary_insights');
    expect(registry.discover('open vacancies for welders').map((match) => match.name)).toContain(
      'job_search',
    );
  });

  it('has a dev set of 100+ labelled requests and two held-out sets, none copied or nearly copied from the skills’ examples', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(100);
    expect(freshHeldOutSet.length).toBeGreaterThanOrEqual(60);
    const examples = skills.flatMap((skill) => skill.examples);
    for (const { query, skills: needed } of [...devSet, ...heldOutSet, ...freshHeldOutSet]) {
      expect(nearCopiedExample(query, examples), query).toBeUndefined();
      for (const name of needed) expect(registry.names, query).toContain(name);
    }
  });

  it('takes a near-copy for one', () => {
    expect(nearCopiedExample('Summarize this post for me!', ['summarize this post'])).toBe(
      'summarize this post',
    );
    expect(nearCopiedExample('remote python jobs', ['python developer salaries'])).toBeUndefined();
  });

  it('uses entity cues: a known company named without context, a job id, what the member views', () => {
    const withCompanies = createSkillRegistry({
      network: {} as Network,
      skills,
      companyNames: ['Liquid Death Inc.'],
    });
    const top3 = (query: string, context?: { kind: 'job' }) =>
      withCompanies.discover(query, context ? { context } : {}).map((match) => match.name);
    expect(top3('What does Liquid Death do?')).toContain('company_profile');
    expect(top3('3886884293')).toContain('job_details');
    expect(top3('do I qualify?', { kind: 'job' })[0]).toBe('skill_gap');
  });

  it('recalls the needed skills in the top 3 (regression floor; the benchmark reports the figure)', () => {
    const combined = measureDiscoveryRecall(registry, devSet, { k: 3, method: 'combined' }).recall;
    expect(combined).toBeGreaterThanOrEqual(0.93);
    const recall = (cases: typeof devSet) =>
      measureDiscoveryRecall(registry, cases, { k: 3, method: 'combined' }).recall;
    expect(recall(heldOutSet)).toBeGreaterThanOrEqual(0.9);
    expect(recall(freshHeldOutSet)).toBeGreaterThanOrEqual(0.85);
    for (const method of ['keyword', 'embedding', 'examples'] as const) {
      expect(combined).toBeGreaterThan(measureDiscoveryRecall(registry, devSet, { k: 3, method }).recall);
    }
  });
});
