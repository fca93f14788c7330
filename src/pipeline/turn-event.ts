import { z } from 'zod';
import { ROUTE_AGENTS } from '../router/agents.ts';

/** Where a model step's text came from: a configured endpoint, or the offline model (default or fallback). */
export const MODEL_SOURCES = ['endpoint', 'offline'] as const;

export const TURN_STEPS = ['route', 'plan', 'skills', 'answer', 'attachments'] as const;

/** One step's timings, in milliseconds from the start of the turn; TTFT/TBT for streamed model steps. */
export const stepTimingSchema = z.object({
  step: z.enum(TURN_STEPS),
  startMs: z.number(),
  durationMs: z.number(),
  ttftMs: z.number().optional(),
  tbtP50Ms: z.number().optional(),
  tbtP95Ms: z.number().optional(),
  inputTokens: z.number().optional(),
  outputTokens: z.number().optional(),
  source: z.enum(MODEL_SOURCES).optional(),
});

export const cardSchema = z.object({
  kind: z.enum(['job', 'member', 'company', 'post', 'article']),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  url: z.string().nullable(),
});

/** Everything a turn tells its client, in order; `done` or `error` comes last. */
export const turnEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('turn_started'), conversationId: z.string(), messageId: z.string() }),
  z.object({
    type: z.literal('route'),
    agent: z.enum(ROUTE_AGENTS),
    confidence: z.number(),
    source: z.enum(['model', 'llm', 'model-fallback']),
  }),
  z.object({
    type: z.literal('skill_call_started'),
    callId: z.number().int(),
    skill: z.string(),
    args: z.record(z.string(), z.unknown()),
    /** Milliseconds since the turn started. */
    atMs: z.number(),
  }),
  z.object({
    type: z.literal('skill_call_finished'),
    callId: z.number().int(),
    skill: z.string(),
    ok: z.boolean(),
    durationMs: z.number(),
    atMs: z.number(),
    /** Dossier items the call contributed. */
    items: z.number().int(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  }),
  /** The input guard blocked the member's message: a fixed refusal follows, no agent runs. */
  z.object({
    type: z.literal('guarded'),
    verdict: z.literal('block'),
    /** Calibrated probability that the message is a jailbreak or prompt injection. */
    score: z.number(),
    reasons: z.array(z.string()),
  }),
  z.object({ type: z.literal('text_delta'), text: z.string() }),
  /**
   * The trust classifier withdrew answer text already sent: the client cuts the text it has shown
   * (every `text_delta` of this turn, joined) back to its first `fromChar` characters (UTF-16 code
   * units, JavaScript string length) and appends later deltas from there. A `degraded` event and a
   * note at the end of the answer tell the member why; `reason` is for logs.
   */
  z.object({ type: z.literal('retracted'), fromChar: z.number().int().nonnegative(), reason: z.string() }),
  /** Something failed and the answer carries on without it; the answer says so too. */
  z.object({ type: z.literal('degraded'), step: z.enum(TURN_STEPS), reason: z.string() }),
  z.object({ type: z.literal('attachment'), card: cardSchema }),
  z.object({ type: z.literal('follow_ups'), questions: z.array(z.string()) }),
  z.object({ type: z.literal('done'), totalMs: z.number(), timings: z.array(stepTimingSchema) }),
  z.object({
    type: z.literal('error'),
    code: z.enum(['invalid_input', 'aborted', 'internal']),
    message: z.string(),
  }),
]);

export type TurnEvent = z.infer<typeof turnEventSchema>;
export type StepTiming = z.infer<typeof stepTimingSchema>;
export type Card = z.infer<typeof cardSchema>;
