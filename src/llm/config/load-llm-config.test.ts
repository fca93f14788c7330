import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LlmConfigError, loadLlmConfig } from './load-llm-config.ts';

function dirWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-llm-config-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

const empty = mkdtempSync(join(tmpdir(), 'dossier-llm-empty-'));

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(LlmConfigError);
    return (error as LlmConfigError).problems;
  }
  throw new Error('expected an LlmConfigError');
}

describe('loadLlmConfig', () => {
  it('treats no configuration as every role offline', () => {
    const config = loadLlmConfig({ env: {}, cwd: empty });
    expect(config.roles).toEqual({
      small: { mode: 'offline' },
      large: { mode: 'offline' },
      embeddings: { mode: 'offline' },
    });
    expect(config.gateway.retries).toBe(2);
  });

  it('reads a role, its fallbacks and its key from the environment', () => {
    const config = loadLlmConfig({
      cwd: empty,
      env: {
        DOSSIER_LLM_SMALL_URL: 'http://localhost:11434/v1/',
        DOSSIER_LLM_SMALL_MODEL: 'llama3.1:8b',
        DOSSIER_LLM_SMALL_API_KEY: 'k',
        DOSSIER_LLM_SMALL_FALLBACKS: 'qwen2.5:7b@http://gpu2:11434/v1, gpt-4o-mini@https://api.openai.com/v1',
      },
    });
    expect(config.roles.small).toMatchObject({
      mode: 'endpoints',
      endpoints: [
        {
          name: 'localhost:11434/llama3.1:8b',
          url: 'http://localhost:11434/v1',
          model: 'llama3.1:8b',
          apiKey: 'k',
        },
        { url: 'http://gpu2:11434/v1', model: 'qwen2.5:7b' },
        { url: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
      ],
    });
    expect(config.roles.large).toEqual({ mode: 'offline' });
  });

  it('says exactly what to set when the environment is half done', () => {
    const problems = problemsOf(() =>
      loadLlmConfig({
        cwd: empty,
        env: {
          DOSSIER_LLM_LARGE_URL: 'http://gpu:8000/v1',
          DOSSIER_LLM_SMALL_MODEL: 'x',
          DOSSIER_LLM_EMBEDDINGS_URL: 'nope',
          DOSSIER_LLM_EMBEDDINGS_MODEL: 'e',
        },
      }),
    );
    expect(problems).toContain(
      'DOSSIER_LLM_LARGE_URL is set but DOSSIER_LLM_LARGE_MODEL is not: set DOSSIER_LLM_LARGE_MODEL too (the model name the endpoint serves, e.g. llama3.1:8b)',
    );
    expect(
      problems.some((p) => p.startsWith('DOSSIER_LLM_SMALL_MODEL is set but DOSSIER_LLM_SMALL_URL is not')),
    ).toBe(true);
    expect(
      problems.some((p) => p.includes('DOSSIER_LLM_EMBEDDINGS.endpoints[0].url') && p.includes('base URL')),
    ).toBe(true);
  });

  it('reads a YAML config file with settings, and lets the environment replace a role', () => {
    const cwd = dirWith(
      'dossier.config.yaml',
      'llm:\n  large:\n    endpoints:\n      - { name: gpu, url: "http://gpu:8000/v1", model: big, apiKeyEnv: GPU_KEY }\n  small:\n    endpoints:\n      - { url: "http://a/v1", model: a }\n  gateway: { ttftTimeoutMs: 500 }\n  prices: { big: { inputPerMillionTokens: 1, outputPerMillionTokens: 2 } }\n',
    );
    const config = loadLlmConfig({
      cwd,
      env: { GPU_KEY: 'secret', DOSSIER_LLM_SMALL_URL: 'http://b/v1', DOSSIER_LLM_SMALL_MODEL: 'b' },
    });
    expect(config.roles.large).toMatchObject({
      mode: 'endpoints',
      endpoints: [{ name: 'gpu', apiKey: 'secret', maxConcurrency: 32 }],
    });
    expect(config.roles.small).toMatchObject({ endpoints: [{ url: 'http://b/v1', model: 'b' }] });
    expect(config.gateway).toMatchObject({
      ttftTimeoutMs: 500,
      totalTimeoutMs: 120_000,
      circuitBreaker: { failureThreshold: 5 },
    });
    expect(config.prices.big?.outputPerMillionTokens).toBe(2);
  });

  it('names the file, the path and the fix for file mistakes', () => {
    const cwd = dirWith(
      'dossier.config.json',
      JSON.stringify({
        llm: {
          large: { endpoints: [{ url: 'http://x/v1', model: 'm', apiKeyEnv: 'MISSING_KEY' }] },
          gateway: { retries: -1 },
        },
      }),
    );
    const problems = problemsOf(() => loadLlmConfig({ cwd, env: {} }));
    expect(problems.some((p) => p.includes('dossier.config.json: llm.gateway.retries'))).toBe(true);
    const keyless = dirWith(
      'dossier.config.json',
      JSON.stringify({
        llm: { large: { endpoints: [{ url: 'http://x/v1', model: 'm', apiKeyEnv: 'MISSING_KEY' }] } },
      }),
    );
    expect(problemsOf(() => loadLlmConfig({ cwd: keyless, env: {} }))[0]).toContain(
      'apiKeyEnv names MISSING_KEY, which is not set: export MISSING_KEY or remove apiKeyEnv',
    );
    expect(
      problemsOf(() => loadLlmConfig({ cwd: empty, env: { DOSSIER_CONFIG: 'missing.yaml' } }))[0],
    ).toContain('DOSSIER_CONFIG=missing.yaml: no such file');
  });
});
