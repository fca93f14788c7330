import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIRECTORY } from '../examples/load-examples.ts';
import { ROUTE_AGENTS } from '../router/agents.ts';
import { createDefaultSkills } from '../skills/catalog/default-skills.ts';
import { createBundledWebSearch } from '../skills/web-search/create-bundled-web-search.ts';
import { isRetrievalAgent } from './agent-config.ts';
import { AGENTS } from './agents.ts';
import { loadDevSet } from './dev-set.ts';

const registered = new Set(createDefaultSkills({ webSearch: createBundledWebSearch() }).map((s) => s.name));

describe('agents', () => {
  it('has one config per routing label, keyed by its own id', () => {
    expect(Object.keys(AGENTS).sort()).toEqual([...ROUTE_AGENTS].sort());
    for (const [id, agent] of Object.entries(AGENTS)) expect(agent.id).toBe(id);
  });

  it.each(Object.values(AGENTS))(
    '$id: skills registered, examples present, dev set within its skills',
    (agent) => {
      const devSet = loadDevSet(agent.devSetFile);
      expect(devSet.length).toBeGreaterThanOrEqual(4);
      if (!isRetrievalAgent(agent)) {
        expect(devSet.every((q) => q.expected_skills.length === 0)).toBe(true);
        return;
      }
      for (const skill of agent.skills) expect(registered.has(skill), skill).toBe(true);
      expect(existsSync(resolve(EXAMPLES_DIRECTORY, `${agent.examples}.yaml`))).toBe(true);
      for (const question of devSet) {
        for (const skill of question.expected_skills)
          expect(agent.skills, question.question).toContain(skill);
      }
    },
  );
});
