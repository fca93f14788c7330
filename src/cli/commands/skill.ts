import { parseArgs } from 'node:util';
import { createNetwork } from '../../network/api/create-network.ts';
import { ANONYMOUS_VIEWER, memberViewer } from '../../network/api/viewer.ts';
import { databaseUrlFromEnv, openDatabase } from '../../network/db/open-database.ts';
import { databaseExists } from '../../network/import/ensure-database.ts';
import { createDefaultSkills } from '../../skills/catalog/default-skills.ts';
import { createSkillRegistry } from '../../skills/create-skill-registry.ts';
import { webSearchProviderFromEnv } from '../../skills/web-search/web-search-provider-from-env.ts';

const USAGE = "usage: dossier skill NAME [--args '<json object>'] [--member ID] [--json]";

/**
 * `dossier skill NAME --args '<json>' --member ID`: invokes one skill as that member (anonymous
 * without --member) and prints its LLM rendering, or the whole result with --json. Exit code 2 for
 * a usage error, an unknown skill or invalid arguments; 1 when the skill fails.
 */
export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { name, args, memberId, json } = parsed;
  const skills = createDefaultSkills({ webSearch: webSearchProviderFromEnv() });
  if (!skills.some((skill) => skill.name === name)) {
    console.error(`unknown skill "${name}"; known: ${skills.map((skill) => skill.name).join(', ')}`);
    return 2;
  }
  const url = databaseUrlFromEnv();
  if (!(await databaseExists(url))) {
    console.error(`no database at ${url}: run \`dossier import\` (or set DATABASE_URL)`);
    return 1;
  }
  const db = openDatabase({ url });
  try {
    const registry = createSkillRegistry({ network: createNetwork(db), skills });
    const viewer = memberId === undefined ? ANONYMOUS_VIEWER : memberViewer(memberId);
    const result = await registry.invoke(name, args, { viewer });
    if (json) console.log(JSON.stringify(result, null, 2));
    else if (result.ok) console.log(result.rendered);
    if (result.ok) return 0;
    if (!json) console.error(`${name} failed (${result.error.code}): ${result.error.message}`);
    return result.error.code === 'invalid_input' ? 2 : 1;
  } finally {
    await db.destroy();
  }
}

function parseOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      args: { type: 'string' },
      member: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new Error('give exactly one skill name');
  let args: unknown = {};
  if (values.args !== undefined) {
    try {
      args = JSON.parse(values.args);
    } catch (error) {
      throw new Error(`--args is not JSON: ${(error as Error).message}`);
    }
    if (typeof args !== 'object' || args === null || Array.isArray(args))
      throw new Error('--args must be a JSON object');
  }
  let memberId: number | undefined;
  if (values.member !== undefined) {
    memberId = Number(values.member);
    if (!Number.isSafeInteger(memberId) || memberId < 1)
      throw new Error(`--member must be a member id, not "${values.member}"`);
  }
  return { name, args, memberId, json: values.json };
}
