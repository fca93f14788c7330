import { describe, expect, it } from 'vitest';
import type { Network } from '../network/api/create-network.ts';
import { AGENT_SKILL_SETS } from './agent-skill-sets.ts';
import { createDefaultSkills } from './catalog/default-skills.ts';
import { createSkillRegistry } from './create-skill-registry.ts';
import {
  DISCOVERY_HELD_OUT_SET_PATH,
  loadDiscoveryDevSet,
  measureDiscoveryRecall,
} from './discovery-dev-set.ts';
import { createBundledWebSearch } from './web-search/create-bundled-web-search.ts';

const skills = createDefaultSkills({ webSearch: createBundledWebSearch() });
const registry = createSkillRegistry({ network: {} as Network, skills });
const devSet = loadDiscoveryDevSet();
const heldOutSet = loadDiscoveryDevSet(DISCOVERY_HELD_OUT_SET_PATH);

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

  it('has a dev set of 100+ labelled requests and a held-out set, none copied from the skills’ own examples', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(100);
    const examples = new Set(
      skills.flatMap((skill) => skill.examples.map((example) => example.toLowerCase())),
    );
    for (const { query, skills: needed } of [...devSet, ...heldOutSet]) {
      expect(examples.has(query.toLowerCase()), query).toBe(false);
      for (const name of needed) expect(registry.names, query).toContain(name);
    }
  });

  it('recalls the needed skills in the top 3 (regression floor; the benchmark reports the figure)', () => {
    const combined = measureDiscoveryRecall(registry, devSet, { k: 3, method: 'combined' }).recall;
    expect(combined).toBeGreaterThanOrEqual(0.85);
    expect(
      measureDiscoveryRecall(registry, heldOutSet, { k: 3, method: 'combined' }).recall,
    ).toBeGreaterThanOrEqual(0.75);
    for (const method of ['keyword', 'embedding'] as const) {
      expect(combined).toBeGreaterThan(measureDiscoveryRecall(registry, devSet, { k: 3, method }).recall);
    }
  });
});
