import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { TurnEvent } from '../../pipeline/turn-event.ts';
import { createTerminalView } from './ask.ts';

const root = resolve(import.meta.dirname, '../../..');
// `ask` records conversations, so it writes: a copy of the test database, never the shared one.
const databaseUrl = join(mkdtempSync(join(tmpdir(), 'dossier-ask-')), 'dossier.sqlite');
copyFileSync(inject('testDatabasePath'), databaseUrl);

function ask(...args: string[]) {
  const run = spawnSync('node', ['bin/dossier.js', 'ask', ...args], {
    cwd: root,
    encoding: 'utf8',
    // No endpoint configured, whatever the developer's shell exports: the offline engine answers.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DOSSIER_LLM_SMALL_URL: '',
      DOSSIER_LLM_LARGE_URL: '',
      DOSSIER_LLM_EMBEDDINGS_URL: '',
      DOSSIER_CONFIG: '',
    },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run is a fresh process that loads the router, examples and offline engine: seconds, more under a loaded suite.
describe('dossier ask', { timeout: 120_000 }, () => {
  it('streams the answer, then cards and follow-ups; the agent and skill calls go to stderr', () => {
    const { status, stdout, stderr } = ask(
      'Am I a good fit for this job?',
      '--member',
      '3',
      '--context',
      'job:3876925520',
    );
    expect(status).toBe(0);
    expect(stderr).toMatch(/agent: job_fit/);
    expect(stderr).toMatch(/→ job_details \{"job_id":3876925520\}/);
    expect(stdout).toMatch(/^\(Offline mode/);
    expect(stdout).toMatch(/Cards:\n {2}\[job:3876925520\] Precast Design Engineer/);
    expect(stdout).toMatch(/You could ask next:\n {2}- /);
  });

  it('continues a conversation with --conversation, the follow-up routed by what came before', () => {
    const first = ask('Tell me about Fifth Third Bank', '--member', '3', '--json');
    const events = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as TurnEvent);
    const started = events.find((e) => e.type === 'turn_started');
    expect(events.at(-1)?.type).toBe('done');
    const conversationId = started?.type === 'turn_started' ? started.conversationId : '';
    const followUp = ask('tell me more', '--member', '3', '--conversation', conversationId);
    expect(followUp.status).toBe(0);
    expect(followUp.stderr).toMatch(/agent: company/);
  });

  it('exits 2 with a clear message for bad flags or an unknown conversation', () => {
    expect(ask('hi', '--member', 'abc')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--member must be a member id/),
    });
    expect(ask('hi', '--context', 'page:1')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--context must be kind:id/),
    });
    expect(ask()).toMatchObject({ status: 2, stderr: expect.stringMatching(/a question is required/) });
    expect(ask('hi', '--conversation', 'nope')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/no conversation nope/),
    });
  });
});

describe('the terminal view', () => {
  it('cannot take printed text back, so it prints which text to disregard and why, then carries on', () => {
    let stdout = '';
    const stderr: string[] = [];
    const show = createTerminalView({ out: (text) => (stdout += text), err: (line) => stderr.push(line) });
    const events: TurnEvent[] = [
      { type: 'text_delta', text: 'One role fits [job:1]. ' },
      { type: 'text_delta', text: 'The hiring manager, who leads the team, is at ' },
      { type: 'retracted', fromChar: 23, reason: 'private_data: 1 phone number' },
      { type: 'degraded', step: 'answer', reason: 'trust classifier retracted a sentence' },
      { type: 'text_delta', text: 'It matches.' },
    ];
    for (const event of events) show(event);
    expect(stdout).toBe(
      'One role fits [job:1]. The hiring manager, who leads the team, is at ' +
        '\n\n[Withdrawn: disregard the text above from “The hiring manager, who leads the …” on (private_data: 1 phone number).]\n\n' +
        'It matches.',
    );
    expect(stderr).toEqual(['degraded (answer): trust classifier retracted a sentence']);
  });
});
