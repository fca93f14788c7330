import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan-parser/parse-plan.ts';
import { AGENT_SKILL_SETS, type AgentName } from '../skills/agent-skill-sets.ts';
import { createDefaultSkills } from '../skills/catalog/default-skills.ts';
import { toSkillsJson } from '../skills/to-skills-json.ts';
import { createBundledWebSearch } from '../skills/web-search/create-bundled-web-search.ts';
import { loadExamples } from './load-examples.ts';

const examples = loadExamples();
const allSkills = toSkillsJson(createDefaultSkills({ webSearch: createBundledWebSearch() }));
const agents = Object.keys(AGENT_SKILL_SETS) as AgentName[];
const CITATION = /\[(?:job|member|post|article|company|occupation|web):[^\]\s]+\]/g;

describe('curated examples', () => {
  it('has 8 to 15 examples per agent and step, with unique keys', () => {
    for (const agent of agents) {
      for (const step of ['plan', 'answer'] as const) {
        const count = examples.filter((e) => e.agent === agent && e.step === step).length;
        expect(count, `${agent}/${step}`).toBeGreaterThanOrEqual(8);
        expect(count, `${agent}/${step}`).toBeLessThanOrEqual(15);
      }
    }
    expect(new Set(examples.map((e) => e.key)).size).toBe(examples.length);
  });

  it.each(agents)('%s plans parse cleanly against the skills the agent may call', (agent) => {
    const scoped = allSkills.filter((skill) =>
      (AGENT_SKILL_SETS[agent] as readonly string[]).includes(skill.name),
    );
    for (const example of examples.filter((e) => e.agent === agent && e.step === 'plan')) {
      const result = parsePlan(example.response, { skills: scoped });
      expect(result.ok, example.key).toBe(true);
      expect(result.rejected, example.key).toEqual([]);
      expect(result.repairs, example.key).toEqual([]);
      expect(result.calls.length, example.key).toBeGreaterThan(0);
      expect(example.response, example.key).toMatch(/^thought: .+\ncalls:\n/);
    }
  });

  it('answers cite only ids their dossier excerpt holds, and end with follow-ups', () => {
    for (const example of examples.filter((e) => e.step === 'answer')) {
      const available = new Set(example.dossier?.match(CITATION) ?? []);
      for (const cited of example.response.match(CITATION) ?? []) {
        expect(available, `${example.key} cites ${cited}`).toContain(cited);
      }
      if (available.size > 0) expect(example.response, example.key).toMatch(CITATION);
      expect(example.response, example.key).toMatch(/\nFollow-ups:\n(- .+\n?){2,3}$/);
    }
  });
});
