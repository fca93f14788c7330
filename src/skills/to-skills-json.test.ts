import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSkills } from '../plan-parser/parse-skills.ts';
import { createDefaultSkills } from './catalog/default-skills.ts';
import { toSkillsJson } from './to-skills-json.ts';
import { createBundledWebSearch } from './web-search/create-bundled-web-search.ts';

const skills = createDefaultSkills({ webSearch: createBundledWebSearch() });
const BIN = resolve(import.meta.dirname, '../../bin/dossier.js');

describe('skills as JSON Schema', () => {
  it("round-trips through the plan parser's skills reader unchanged", () => {
    const exported = toSkillsJson(skills);
    expect(parseSkills(JSON.parse(JSON.stringify(exported)))).toEqual(exported);
  });

  it('keeps arguments primitive-typed, bounded and described', () => {
    const jobSearch = toSkillsJson(skills).find((skill) => skill.name === 'job_search');
    expect(jobSearch?.args.properties?.limit).toEqual({
      type: 'integer',
      description: 'results to return, default 5',
      minimum: 1,
      maximum: 20,
    });
    expect(jobSearch?.args.properties?.work_type?.enum).toContain('full_time');
    for (const skill of toSkillsJson(skills)) {
      for (const [name, arg] of Object.entries(skill.args.properties ?? {})) {
        expect(['string', 'integer', 'number', 'boolean', 'array'], `${skill.name}.${name}`).toContain(
          arg.type,
        );
        if (arg.type === 'array')
          expect(['string', 'integer', 'number', 'boolean']).toContain(arg.items?.type);
      }
    }
  });

  it('validates what the LLM writes the same way as the schema the parser reads', () => {
    const skillGap = skills.find((skill) => skill.name === 'skill_gap');
    expect(skillGap?.args.required).toEqual(['job_id']);
    expect(skillGap?.input.safeParse({ job_id: 0 }).success).toBe(false);
    expect(skillGap?.input.safeParse({ job_id: 5 }).success).toBe(true);
  });

  it('`dossier skills --json` prints the same array', () => {
    const run = spawnSync(process.execPath, [BIN, 'skills', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_WEB_SEARCH: '' },
    });
    expect(run.status).toBe(0);
    expect(parseSkills(JSON.parse(run.stdout))).toEqual(toSkillsJson(skills));
  });

  it('`dossier parse-calls --skills` reads that file and its calls pass the skills’ own validation', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-skills-'));
    try {
      const skillsFile = join(folder, 'skills.json');
      const exported = spawnSync(process.execPath, [BIN, 'skills', '--json'], { encoding: 'utf8' });
      writeFileSync(skillsFile, exported.stdout);
      const plan = [
        'calls:',
        '  - skill: profile_view',
        '    args:',
        '      member_id: 5',
        '      sections: [contact, skills]',
        '  - skill: job_search',
        '    args:',
        '      query: nurse',
        '      work_type: full_time',
        '      limit: 50',
        '  - skill: salary_insights',
        '    args:',
        '      title: data analyst',
        '',
      ].join('\n');
      const run = spawnSync(process.execPath, [BIN, 'parse-calls', '--skills', skillsFile], {
        encoding: 'utf8',
        input: `${JSON.stringify({ id: 'plan', text: plan })}\n`,
      });
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as {
        calls: { skill: string; args: unknown }[];
        rejected: { skill: string; reason: string }[];
      };
      expect(result.calls.map((call) => call.skill)).toEqual(['profile_view', 'salary_insights']);
      // limit 50 breaks the exported maximum (20), so the parser rejects it as the zod schema would.
      expect(result.rejected).toMatchObject([{ skill: 'job_search', reason: 'out-of-bounds' }]);
      for (const call of result.calls) {
        const skill = skills.find((candidate) => candidate.name === call.skill);
        expect(skill?.input.safeParse(call.args).success, call.skill).toBe(true);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
