import { parseArgs } from 'node:util';
import { createDefaultSkills } from '../../skills/catalog/default-skills.ts';
import { describeSkill } from '../../skills/describe-skills.ts';
import { estimateTokens } from '../../skills/estimate-tokens.ts';
import { toSkillsJson } from '../../skills/to-skills-json.ts';
import { webSearchProviderFromEnv } from '../../skills/web-search/web-search-provider-from-env.ts';

/** `dossier skills [--json]`: the registry's skills, as the plan parser's skills file or a table. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } } });
  const skills = createDefaultSkills({ webSearch: webSearchProviderFromEnv() });
  if (values.json) {
    console.log(JSON.stringify(toSkillsJson(skills), null, 2));
    return 0;
  }
  const rows = skills.map((skill) => {
    const required = new Set(skill.args.required ?? []);
    return [
      skill.name,
      skill.readOnly ? 'yes' : 'no',
      `${skill.timeoutMs} ms`,
      String(estimateTokens(describeSkill(skill))),
      Object.keys(skill.args.properties ?? {})
        .map((name) => (required.has(name) ? name : `${name}?`))
        .join(', '),
    ];
  });
  const header = ['skill', 'read-only', 'timeout', 'prompt tokens', 'args (? optional)'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  return 0;
}
