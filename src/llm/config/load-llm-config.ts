import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  type EndpointInput,
  endpointSchema,
  LLM_ROLES,
  type LlmConfig,
  type LlmEndpoint,
  type LlmRole,
  llmConfigFileSchema,
  type RoleEndpoints,
} from './llm-config-schema.ts';

/** Every problem found, each saying what to set; thrown at start-up so nothing half-works. */
export class LlmConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`LLM configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LlmConfigError';
  }
}

const CONFIG_FILE_NAMES = ['dossier.config.json', 'dossier.config.yaml', 'dossier.config.yml'];

function findConfigFile(env: NodeJS.ProcessEnv, cwd: string, problems: string[]): string | undefined {
  if (env.DOSSIER_CONFIG) {
    const path = resolve(cwd, env.DOSSIER_CONFIG);
    if (existsSync(path)) return path;
    problems.push(
      `DOSSIER_CONFIG=${env.DOSSIER_CONFIG}: no such file; point it at a dossier.config.json or .yaml`,
    );
    return undefined;
  }
  return CONFIG_FILE_NAMES.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
}

function readConfigFile(path: string, problems: string[]): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    return path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    problems.push(
      `${path}: cannot be read as ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
    return {};
  }
}

/** `DOSSIER_LLM_<ROLE>_URL/_MODEL/_API_KEY` and `_FALLBACKS` (comma-separated `model@url`). */
function endpointsFromEnv(
  role: LlmRole,
  env: NodeJS.ProcessEnv,
  problems: string[],
): EndpointInput[] | undefined {
  const prefix = `DOSSIER_LLM_${role.toUpperCase()}`;
  const url = env[`${prefix}_URL`];
  const model = env[`${prefix}_MODEL`];
  const fallbacks = env[`${prefix}_FALLBACKS`];
  if (!url && !model && !fallbacks) return undefined;
  if (!url || !model) {
    const [set, missing] = url ? [`${prefix}_URL`, `${prefix}_MODEL`] : [`${prefix}_MODEL`, `${prefix}_URL`];
    problems.push(
      url || model
        ? `${set} is set but ${missing} is not: set ${missing} too (${missing.endsWith('URL') ? "the endpoint's base URL, e.g. http://localhost:11434/v1" : 'the model name the endpoint serves, e.g. llama3.1:8b'})`
        : `${prefix}_FALLBACKS is set without a primary endpoint: set ${prefix}_URL and ${prefix}_MODEL`,
    );
    return undefined;
  }
  const apiKey = env[`${prefix}_API_KEY`] || undefined;
  const endpoints: EndpointInput[] = [{ url, model, apiKey }];
  for (const entry of (fallbacks ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('@');
    if (at <= 0) {
      problems.push(
        `${prefix}_FALLBACKS entry '${entry}' must be model@url, e.g. llama3.1:8b@http://gpu2:11434/v1`,
      );
      continue;
    }
    endpoints.push({ model: entry.slice(0, at), url: entry.slice(at + 1), apiKey });
  }
  return endpoints;
}

function resolveEndpoint(
  input: EndpointInput,
  where: string,
  env: NodeJS.ProcessEnv,
  problems: string[],
): LlmEndpoint | undefined {
  const parsed = endpointSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${where}.${issue.path.join('.')}: ${issue.message}`);
    return undefined;
  }
  const { name, url, model, apiKey, apiKeyEnv, maxConcurrency, maxQueued } = parsed.data;
  if (apiKeyEnv && !env[apiKeyEnv]) {
    problems.push(
      `${where}.apiKeyEnv names ${apiKeyEnv}, which is not set: export ${apiKeyEnv} or remove apiKeyEnv`,
    );
  }
  return {
    name: name ?? `${new URL(url).host}/${model}`,
    url: url.replace(/\/+$/, ''),
    model,
    apiKey: apiKey ?? (apiKeyEnv ? env[apiKeyEnv] : undefined),
    maxConcurrency,
    maxQueued,
  };
}

/**
 * Validates a config object (the parsed file, or one built in code) and merges the environment's
 * endpoints over it. A role with no endpoint is `offline`. Throws LlmConfigError listing every problem.
 */
export function parseLlmConfig(
  raw: unknown,
  options: { env?: NodeJS.ProcessEnv; source?: string; problems?: string[] } = {},
): LlmConfig {
  const { env = {}, source = 'config', problems = [] } = options;
  const file = llmConfigFileSchema.safeParse(raw ?? {});
  if (!file.success) {
    for (const issue of file.error.issues)
      problems.push(`${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new LlmConfigError(problems);
  }
  const { llm } = file.data;
  const roles = {} as Record<LlmRole, RoleEndpoints>;
  for (const role of LLM_ROLES) {
    const fromEnv = endpointsFromEnv(role, env, problems);
    const inputs = fromEnv ?? (llm[role]?.endpoints as EndpointInput[] | undefined) ?? [];
    const where = fromEnv ? `DOSSIER_LLM_${role.toUpperCase()}` : `${source}: llm.${role}`;
    const endpoints = inputs.flatMap(
      (input, i) => resolveEndpoint(input, `${where}.endpoints[${i}]`, env, problems) ?? [],
    );
    roles[role] = endpoints.length > 0 ? { mode: 'endpoints', endpoints } : { mode: 'offline' };
  }
  if (problems.length > 0) throw new LlmConfigError(problems);
  return { roles, gateway: llm.gateway, members: llm.members, prices: llm.prices };
}

/**
 * The LLM layer's configuration at start-up: the config file (DOSSIER_CONFIG, else
 * ./dossier.config.{json,yaml,yml}) with the environment's `DOSSIER_LLM_<ROLE>_*` replacing that
 * role's file entry.
 */
export function loadLlmConfig(options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): LlmConfig {
  const { env = process.env, cwd = process.cwd() } = options;
  const problems: string[] = [];
  const path = findConfigFile(env, cwd, problems);
  const raw = path ? readConfigFile(path, problems) : {};
  return parseLlmConfig(raw, { env, source: path ?? 'config', problems });
}
