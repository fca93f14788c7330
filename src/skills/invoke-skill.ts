import { z } from 'zod';
import type { Network } from '../network/api/create-network.ts';
import { InvalidInputError, NotFoundError } from '../network/api/network-errors.ts';
import type { Viewer } from '../network/api/viewer.ts';
import type { Skill } from './define-skill.ts';
import type { SkillError, SkillResult } from './skill-result.ts';
import { UnavailableError } from './unavailable-error.ts';

export interface InvocationOptions {
  /** The asking member: every internal API call runs as them. */
  viewer: Viewer;
  signal?: AbortSignal;
}

class SkillTimeoutError extends Error {}

/**
 * Validates the arguments, runs the skill under its timeout and the caller's signal, validates and
 * renders its output. Every failure, including a timeout or the caller aborting, comes back as an
 * error result: nothing is thrown into the pipeline.
 */
export async function invokeSkill(
  skill: Skill,
  args: unknown,
  network: Network,
  { viewer, signal: callerSignal }: InvocationOptions,
): Promise<SkillResult> {
  const started = performance.now();
  const fail = (error: SkillError): SkillResult => ({
    ok: false,
    skill: skill.name,
    error,
    durationMs: performance.now() - started,
  });
  const input = skill.input.safeParse(args ?? {});
  if (!input.success) {
    return fail({
      code: 'invalid_input',
      message: z.prettifyError(input.error),
      issues: input.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    });
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new SkillTimeoutError()), skill.timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
  try {
    // Raced against the signal: a skill whose API ignores it still returns on time.
    const raw = await raceAbort(skill.call(input.data, { network, viewer, signal }), signal);
    const output = skill.output.safeParse(raw);
    if (!output.success) {
      return fail({
        code: 'internal',
        message: `skill output off its schema: ${z.prettifyError(output.error)}`,
      });
    }
    return {
      ok: true,
      skill: skill.name,
      output: output.data,
      rendered: skill.render(output.data),
      durationMs: performance.now() - started,
    };
  } catch (error) {
    if (timeout.signal.aborted)
      return fail({ code: 'timeout', message: `no result within ${skill.timeoutMs} ms` });
    if (callerSignal?.aborted) return fail({ code: 'aborted', message: 'cancelled by the caller' });
    return fail(toSkillError(error));
  } finally {
    clearTimeout(timer);
  }
}

function toSkillError(error: unknown): SkillError {
  if (error instanceof InvalidInputError) {
    return { code: 'invalid_input', message: error.message, issues: [...error.issues] };
  }
  if (error instanceof NotFoundError) return { code: 'not_found', message: error.message };
  if (error instanceof UnavailableError) return { code: 'unavailable', message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}
