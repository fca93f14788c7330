import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Runs `dossier <args>` as a separate process with JSON Lines on stdin and returns its parsed output
 * lines. No LLM endpoint is configured, whatever the developer's shell exports.
 */
export function runJsonLinesCommand(args: string[], lines: string[]) {
  const run = spawnSync('node', ['bin/dossier.js', ...args], {
    cwd: root,
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_LLM_SMALL_URL: '', DOSSIER_LLM_SMALL_MODEL: '', DOSSIER_CONFIG: '' },
  });
  return {
    status: run.status,
    stderr: run.stderr,
    out: run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)),
  };
}
