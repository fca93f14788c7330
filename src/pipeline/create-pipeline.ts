import { randomUUID } from 'node:crypto';
import { type AgentConfig, isRetrievalAgent, type RetrievalAgent } from '../agents/agent-config.ts';
import { AGENTS } from '../agents/agents.ts';
import type { ExamplesStore } from '../examples/create-examples-store.ts';
import { type GuardModel, loadGuardModel } from '../guard/guard-model.ts';
import { GUARD_REFUSAL } from '../guard/guard-refusal.ts';
import { judgeText } from '../guard/judge-text.ts';
import type { Network } from '../network/api/create-network.ts';
import { ANONYMOUS_VIEWER, memberViewer, type Viewer } from '../network/api/viewer.ts';
import { createOfflineLanguageModel } from '../offline-engine/create-offline-language-model.ts';
import { renderFormatRules } from '../plan-parser/render-format-rules.ts';
import type { Skill as PlanSkill } from '../plan-parser/types.ts';
import type { ConversationTurn } from '../prompts/conversation-turn.ts';
import { renderAnswerPrompt } from '../prompts/render-answer-prompt.ts';
import { renderPlanningPrompt } from '../prompts/render-planning-prompt.ts';
import type { AskingMember, ViewedItem } from '../prompts/render-request.ts';
import type { RouteAgent } from '../router/agents.ts';
import { predictAgent } from '../router/predict-agent.ts';
import type { RouteContext } from '../router/route-input.ts';
import { routeQuery } from '../router/route-query.ts';
import type { RouterModel } from '../router/router-model.ts';
import type { SkillCatalog } from '../skills/create-skill-registry.ts';
import { toSkillsJson } from '../skills/to-skills-json.ts';
import {
  type ConversationStore,
  type TurnRecorder,
  UnknownConversationError,
} from './create-conversation-store.ts';
import { createEventChannel } from './create-event-channel.ts';
import { createRepairCounters, type RepairCounters } from './create-repair-counters.ts';
import { generateAnswer } from './generate-answer.ts';
import { type TurnRequest, turnRequestSchema } from './guard-turn-request.ts';
import { resolveCard } from './resolve-card.ts';
import { retrieveDossier } from './retrieve-dossier.ts';
import type { ModelSources } from './stream-model-text.ts';
import type { StepTiming, TurnEvent } from './turn-event.ts';

export interface PipelineOptions {
  network: Network;
  registry: SkillCatalog;
  routerModel: RouterModel;
  /**
   * The gateway (endpoints) and the model that stands in when they are absent or fail. Without an
   * `offlineModel` the pipeline builds an offline engine of its own: apps pass the process's one
   * (`openAssistant` does), so its gazetteers are built and warmed once.
   */
  models?: ModelSources;
  examples?: ExamplesStore;
  /** Without one, turns are not persisted and carry no history. */
  store?: ConversationStore;
  agents?: Record<RouteAgent, AgentConfig>;
  /** The plan parser's repairs over past turns, stressed in later planning prompts; the pipeline's own when absent. */
  repairCounters?: RepairCounters;
  /** The input guard (jailbreaks, prompt injections); the committed model when absent, `false` turns it off. */
  guardModel?: GuardModel | false;
}

export interface Pipeline {
  /** One turn as a stream of events ending with `done` or `error`; never throws. Stop iterating to cancel. */
  runTurn(request: TurnRequest): AsyncIterable<TurnEvent>;
}

const HISTORY_TURNS = 6;
const EXAMPLES = { k: 2, tokenBudget: 900 };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the member is viewing, as prompts show it: `job:3904388204`, described as `Data Engineer, Acme, Austin`. */
async function describeContext(
  network: Network,
  viewer: Viewer,
  context: RouteContext,
  signal: AbortSignal,
): Promise<ViewedItem> {
  const kind = context.kind === 'profile' ? 'member' : context.kind;
  const card = await resolveCard(network, viewer, { kind, id: context.id }, signal).catch(() => undefined);
  return { ref: `${context.kind}:${context.id}`, description: card && `${card.title}, ${card.subtitle}` };
}

async function askingMember(
  network: Network,
  viewer: Viewer,
  signal: AbortSignal,
): Promise<AskingMember | undefined> {
  if (viewer.memberId === null) return undefined;
  const profile = await network
    .getMemberProfile(viewer, { memberId: viewer.memberId }, signal)
    .catch(() => undefined);
  return { id: viewer.memberId, summary: profile ? `${profile.name}, ${profile.headline}` : undefined };
}

/**
 * The assistant, end to end (DESIGN.md "One request, end to end"): guard → route → retrieve
 * (plan streamed into the parser, calls fired as they complete) → generate (streamed) → cards and
 * follow-ups → record. Every step streams into one typed event stream; failures degrade the answer.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const agents = options.agents ?? AGENTS;
  const models: ModelSources = {
    gateway: options.models?.gateway,
    offlineModel: options.models?.offlineModel ?? createOfflineLanguageModel({ network: options.network }),
  };
  const repairCounters = options.repairCounters ?? createRepairCounters();
  const guardModel = options.guardModel === false ? undefined : (options.guardModel ?? loadGuardModel());
  const scoped = new Map<RouteAgent, { catalog: SkillCatalog; planSkills: PlanSkill[] }>();
  const scopeOf = (agent: RetrievalAgent) => {
    let entry = scoped.get(agent.id);
    if (!entry) {
      const catalog = options.registry.scope(agent.skills);
      entry = { catalog, planSkills: toSkillsJson(catalog.list()) };
      scoped.set(agent.id, entry);
    }
    return entry;
  };
  const inScope = (question: string) =>
    predictAgent(options.routerModel, { query: question }).agent !== 'out_of_scope';

  async function executeTurn(request: TurnRequest, signal: AbortSignal, push: (event: TurnEvent) => void) {
    const started = performance.now();
    const now = () => performance.now() - started;
    const timings: StepTiming[] = [];
    let recorder: TurnRecorder | undefined;
    const emit = (event: TurnEvent) => {
      push(event);
      recorder?.record(event, now());
    };

    const parsed = turnRequestSchema.safeParse(request);
    if (!parsed.success) {
      emit({
        type: 'error',
        code: 'invalid_input',
        message: parsed.error.issues.map((i) => i.message).join('; '),
      });
      return;
    }
    const { question, member, context, conversationId } = parsed.data;
    const givenHistory = parsed.data.history?.slice(-HISTORY_TURNS);
    const viewer = member === undefined ? ANONYMOUS_VIEWER : memberViewer(member);
    let answer = '';
    let agentId: RouteAgent | undefined;
    try {
      let history: ConversationTurn[] = givenHistory ?? [];
      let ids: { conversationId: string; messageId: string } = {
        conversationId: conversationId ?? randomUUID(),
        messageId: randomUUID(),
      };
      if (options.store) {
        const turn = await options.store.startTurn({
          conversationId,
          memberId: member ?? null,
          question,
          context: context && `${context.kind}:${context.id}`,
          historyTurns: HISTORY_TURNS,
        });
        recorder = turn.recorder;
        history = givenHistory ?? turn.history;
        ids = turn;
      }
      emit({ type: 'turn_started', conversationId: ids.conversationId, messageId: ids.messageId });

      const guarded = guardModel && judgeText(guardModel, { text: question, source: 'user' });
      if (guarded?.verdict === 'block') {
        // A fixed refusal: no route, no skills, no model that could be talked round.
        emit({ type: 'guarded', verdict: 'block', score: guarded.score, reasons: guarded.reasons });
        agentId = 'out_of_scope';
        answer = GUARD_REFUSAL;
        emit({ type: 'text_delta', text: answer });
        emit({ type: 'follow_ups', questions: [...agents.out_of_scope.followUps] });
        emit({ type: 'done', totalMs: now(), timings });
        await recorder?.finish({ text: answer, agent: agentId, status: 'complete' });
        return;
      }

      const routeStart = now();
      const [viewing, asking] = await Promise.all([
        context ? describeContext(options.network, viewer, context, signal) : undefined,
        askingMember(options.network, viewer, signal),
      ]);
      const route = await routeQuery(
        {
          query: question,
          context: context && { ...context, title: viewing?.description },
          history: history.map((turn) => ({
            role: turn.role === 'member' ? 'user' : 'assistant',
            text: turn.text,
          })),
        },
        { model: options.routerModel, gateway: models.gateway, signal },
      );
      timings.push({ step: 'route', startMs: routeStart, durationMs: now() - routeStart });
      emit({ type: 'route', agent: route.agent, confidence: route.confidence, source: route.source });
      agentId = route.agent;
      const agent = agents[route.agent];
      const say = (text: string) => {
        answer += text;
        emit({ type: 'text_delta', text });
      };
      const retract = (fromChar: number, reason: string) => {
        answer = answer.slice(0, fromChar);
        emit({ type: 'retracted', fromChar, reason });
      };

      let followUps: string[] = [];
      if (!isRetrievalAgent(agent)) {
        say(agent.fixedAnswer);
      } else {
        const { catalog, planSkills } = scopeOf(agent);
        const shared = { agent: agent.id, history, member: asking, context: viewing, question };
        const nearest = async (step: 'plan' | 'answer') =>
          (
            (await options.examples?.nearest(agent.examples, step, question, { ...EXAMPLES, signal })) ?? []
          ).map((match) => match.example);
        const retrieval = await retrieveDossier({
          prompt: renderPlanningPrompt({
            ...shared,
            skills: catalog.describe().text,
            formatRules: renderFormatRules(repairCounters.counts()),
            examples: await nearest('plan'),
          }),
          catalog,
          planSkills,
          viewer,
          signal,
          models,
          guardModel,
          emit,
          now,
        });
        timings.push(...retrieval.timings);
        repairCounters.record(retrieval.repairs);

        const generation = await generateAnswer({
          prompt: renderAnswerPrompt({
            ...shared,
            dossier: retrieval.dossier,
            examples: await nearest('answer'),
          }),
          dossier: retrieval.dossier,
          notes: retrieval.notes,
          network: options.network,
          viewer,
          signal,
          models,
          say,
          retract,
          emit,
          now,
        });
        timings.push(...generation.timings);
        for (const card of generation.cards) emit({ type: 'attachment', card });
        followUps = generation.followUps.filter(inScope).slice(0, 3);
      }
      for (const fallback of agent.followUps)
        if (followUps.length < 2 && !followUps.includes(fallback)) followUps.push(fallback);
      emit({ type: 'follow_ups', questions: followUps });
      emit({ type: 'done', totalMs: now(), timings });
      await recorder?.finish({ text: answer, agent: agentId, status: 'complete' });
    } catch (error) {
      if (error instanceof UnknownConversationError) {
        emit({ type: 'error', code: 'invalid_input', message: error.message });
        return;
      }
      const aborted = signal.aborted;
      emit({
        type: 'error',
        code: aborted ? 'aborted' : 'internal',
        message: aborted ? 'the turn was cancelled' : describe(error),
      });
      await recorder
        ?.finish({ text: answer, agent: agentId, status: aborted ? 'incomplete' : 'failed' })
        .catch(() => {});
    }
  }

  return {
    async *runTurn(request) {
      const controller = new AbortController();
      const signal = request.signal
        ? AbortSignal.any([request.signal, controller.signal])
        : controller.signal;
      const channel = createEventChannel<TurnEvent>();
      const finished = executeTurn(request, signal, channel.push).finally(channel.close);
      try {
        yield* channel;
      } finally {
        // A consumer that stops early cancels the turn; the turn still records how it ended.
        controller.abort(new Error('the turn was cancelled'));
        await finished;
      }
    },
  };
}
