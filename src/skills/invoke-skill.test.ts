import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Network } from '../network/api/create-network.ts';
import { NotFoundError } from '../network/api/network-errors.ts';
import { memberViewer } from '../network/api/viewer.ts';
import { createSkillRegistry } from './create-skill-registry.ts';
import { defineSkill } from './define-skill.ts';
import { createSkillMetrics } from './skill-metrics.ts';

// Failure paths with stand-in skills: each comes back as {ok: false, error: {code, message}}.

function stubSkill(name: string, call: (input: { n: number }, signal: AbortSignal) => Promise<unknown>) {
  return defineSkill({
    name,
    description: 'test skill',
    whenToUse: 'tests',
    examples: [],
    input: z.object({ n: z.number().int().min(1).max(5) }),
    output: z.object({ n: z.number() }),
    readOnly: true,
    timeoutMs: 50,
    call: (input, context) => call(input, context.signal) as Promise<{ n: number }>,
    render: (output) => [`n=${output.n}`],
  });
}

const never = () => new Promise<never>(() => {});
const skills = [
  stubSkill('echo', async (input) => ({ n: input.n })),
  stubSkill('hang', never),
  stubSkill('boom', async () => {
    throw new Error('database on fire');
  }),
  stubSkill('missing', async () => {
    throw new NotFoundError('job', 42);
  }),
  stubSkill('off_schema', async () => ({ n: 'three' })),
];
const metrics = createSkillMetrics({ registry: new Registry() });
const registry = createSkillRegistry({ network: {} as Network, skills, metrics });
const viewer = memberViewer(1);

describe('invoking skills', () => {
  it('validates and renders', async () => {
    expect(await registry.invoke('echo', { n: 3 }, { viewer })).toMatchObject({
      ok: true,
      output: { n: 3 },
      rendered: 'n=3',
    });
  });

  it.each([
    ['unknown_skill', 'nope', { n: 1 }],
    ['invalid_input', 'echo', { n: 9 }],
    ['invalid_input', 'echo', { n: 'two' }],
    ['timeout', 'hang', { n: 1 }],
    ['internal', 'boom', { n: 1 }],
    ['not_found', 'missing', { n: 1 }],
    ['internal', 'off_schema', { n: 1 }],
  ])('returns %s for %s(%j)', async (code, name, args) => {
    const result = await registry.invoke(name, args, { viewer });
    expect(result).toMatchObject({ ok: false, skill: name, error: { code } });
    if (!result.ok) expect(result.error.message).not.toBe('');
  });

  it('names the offending argument', async () => {
    const result = await registry.invoke('echo', { n: 9 }, { viewer });
    expect(!result.ok && result.error.issues).toEqual([{ field: 'n', message: expect.any(String) }]);
  });

  it('times out on schedule and returns aborted when the caller cancels', async () => {
    const started = performance.now();
    await registry.invoke('hang', { n: 1 }, { viewer });
    expect(performance.now() - started).toBeLessThan(500);
    const controller = new AbortController();
    const pending = registry.invoke('hang', { n: 1 }, { viewer, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });

  it('records latency and errors per skill', async () => {
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/dossier_skill_invocation_seconds_count\{skill="echo",outcome="ok"\} \d+/);
    expect(text).toMatch(/dossier_skill_errors_total\{skill="hang",code="timeout"\} \d+/);
  });

  it('scopes a view to named skills', async () => {
    const scoped = registry.scope(['echo']);
    expect(scoped.names).toEqual(['echo']);
    expect(await scoped.invoke('boom', { n: 1 }, { viewer })).toMatchObject({
      error: { code: 'unknown_skill' },
    });
    expect(() => registry.scope(['echo', 'nope'])).toThrow(/nope/);
  });
});
