import type { GuardModel } from '../guard/guard-model.ts';
import { withholdInjectedItems } from '../guard/withhold-injected-items.ts';
import type { Viewer } from '../network/api/viewer.ts';
import { createPlanStreamParser } from '../plan-parser/create-plan-stream-parser.ts';
import type { PlanCall, Skill as PlanSkill, Repair } from '../plan-parser/types.ts';
import type { RenderedPrompt } from '../prompts/compose-prompt.ts';
import { citationOf, type DossierItem } from '../prompts/render-dossier.ts';
import type { SkillCatalog } from '../skills/create-skill-registry.ts';
import { type ModelSources, streamModelText } from './stream-model-text.ts';
import { toDossierItems } from './to-dossier-items.ts';
import type { StepTiming, TurnEvent } from './turn-event.ts';

export interface RetrievalInput {
  prompt: RenderedPrompt;
  /** The agent's scoped skills, and the same skills as the plan parser reads them. */
  catalog: SkillCatalog;
  planSkills: readonly PlanSkill[];
  viewer: Viewer;
  signal: AbortSignal;
  models: ModelSources;
  /** The input guard: each retrieved item judged as `retrieved`, injections withheld. Absent: every item is kept. */
  guardModel?: GuardModel;
  emit: (event: TurnEvent) => void;
  /** Milliseconds since the turn started. */
  now: () => number;
}

export interface Retrieval {
  /** Items in plan order, each with its provenance id. */
  dossier: DossierItem[];
  /** What failed, in words the answer repeats to the member. */
  notes: string[];
  /** What the plan parser had to repair in the plan: counted for the next planning prompts' format rules. */
  repairs: Repair[];
  timings: StepTiming[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The retrieval step: streams the plan from the small model into the plan parser and fires each
 * read-only call the moment the parser completes it, concurrently with the rest of the plan and
 * with each other. Failures (of the model or of a skill) become notes, never exceptions; only the
 * caller's abort is thrown.
 */
export async function retrieveDossier(input: RetrievalInput): Promise<Retrieval> {
  const { catalog, viewer, signal, emit, now } = input;
  const parser = createPlanStreamParser({ skills: input.planSkills });
  const itemsByCall: DossierItem[][] = [];
  const running: Promise<void>[] = [];
  const notes: string[] = [];
  const timings: StepTiming[] = [];
  let firstCallAt: number | undefined;
  const fired = new Set<string>();

  const fire = (call: PlanCall) => {
    // Models repeat a call now and then; the same skill with the same arguments runs once.
    const key = `${call.skill} ${JSON.stringify(call.args)}`;
    if (fired.has(key)) return;
    fired.add(key);
    const callId = itemsByCall.length;
    itemsByCall.push([]);
    if (!catalog.get(call.skill)?.readOnly) {
      notes.push(`${call.skill} was not run: it changes data and needs the member's confirmation.`);
      return;
    }
    firstCallAt ??= now();
    emit({ type: 'skill_call_started', callId, skill: call.skill, args: call.args, atMs: now() });
    running.push(
      catalog.invoke(call.skill, call.args, { viewer, signal }).then((result) => {
        const { kept: items, withheld } = withholdInjectedItems(
          input.guardModel,
          result.ok ? toDossierItems(result.rendered, { skill: call.skill, callId }) : [],
        );
        itemsByCall[callId] = items;
        emit({
          type: 'skill_call_finished',
          callId,
          skill: call.skill,
          ok: result.ok,
          durationMs: result.durationMs,
          atMs: now(),
          items: items.length,
          ...(result.ok ? {} : { error: { code: result.error.code, message: result.error.message } }),
        });
        if (!result.ok && result.error.code !== 'aborted') {
          notes.push(
            `I couldn't get ${call.skill.replace(/_/g, ' ')} (${result.error.code}), so that part is missing.`,
          );
          emit({ type: 'degraded', step: 'skills', reason: `${call.skill}: ${result.error.message}` });
        }
        for (const { item, verdict, note } of withheld) {
          notes.push(note);
          const why = verdict.reasons.join('; ');
          emit({ type: 'degraded', step: 'skills', reason: `withheld ${citationOf(item)} (${why})` });
        }
      }),
    );
  };

  const planStart = now();
  try {
    const plan = streamModelText(
      {
        role: 'small',
        prompt: input.prompt,
        signal,
        memberId: viewer.memberId === null ? undefined : String(viewer.memberId),
        onFallback: (reason) =>
          emit({
            type: 'degraded',
            step: 'plan',
            reason: `LLM endpoint failed, planning offline: ${reason}`,
          }),
      },
      input.models,
    );
    let next = await plan.next();
    for (; !next.done; next = await plan.next()) for (const call of parser.push(next.value)) fire(call);
    for (const call of parser.end()) fire(call);
    timings.push({ step: 'plan', startMs: planStart, durationMs: now() - planStart, ...next.value });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // Calls completed before the failure still run; a half-written last call is dropped.
    for (const call of parser.end()) fire(call);
    notes.push(
      "I couldn't finish deciding what to look up (the language model failed), so this answer may miss facts.",
    );
    emit({ type: 'degraded', step: 'plan', reason: describe(error) });
    timings.push({ step: 'plan', startMs: planStart, durationMs: now() - planStart });
  }
  await Promise.all(running);
  signal.throwIfAborted();
  if (firstCallAt !== undefined)
    timings.push({ step: 'skills', startMs: firstCallAt, durationMs: now() - firstCallAt });
  return { dossier: itemsByCall.flat(), notes, repairs: parser.result().repairs, timings };
}
