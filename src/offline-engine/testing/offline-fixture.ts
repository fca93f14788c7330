import { parsePlan } from '../../plan-parser/parse-plan.ts';
import { renderFormatRules } from '../../plan-parser/render-format-rules.ts';
import type { ConversationTurn } from '../../prompts/conversation-turn.ts';
import { renderAnswerPrompt } from '../../prompts/render-answer-prompt.ts';
import type { DossierItem } from '../../prompts/render-dossier.ts';
import { renderPlanningPrompt } from '../../prompts/render-planning-prompt.ts';
import type { ViewedItem } from '../../prompts/render-request.ts';
import { AGENT_SKILL_SETS, type AgentName } from '../../skills/agent-skill-sets.ts';
import { createTestRegistry } from '../../skills/test-network.ts';
import { toSkillsJson } from '../../skills/to-skills-json.ts';
import { createOfflineEngine, type PromptText } from '../create-offline-engine.ts';

/** A request as the pipeline would render it. */
export interface OfflineCase {
  agent: AgentName;
  question: string;
  /** What the member views, written `kind:id — description`. */
  context?: string;
  history?: ConversationTurn[];
  memberId?: number;
}

/** A case's `kind:id — description` as the pipeline passes it to the prompts. */
export function toViewedItem(context: string): ViewedItem {
  const at = context.indexOf(' — ');
  return at < 0 ? { ref: context } : { ref: context.slice(0, at), description: context.slice(at + 3) };
}

/** A rendered prompt's messages as the engine reads them: system messages joined, then the user's. */
export function toPromptText(messages: { role: string; content: string }[]): PromptText {
  const joined = (role: string) =>
    messages
      .filter((m) => m.role === role)
      .map((m) => m.content)
      .join('\n\n');
  return { system: joined('system'), user: joined('user') };
}

/** The offline engine over the shared test database, with the real prompt renderers and plan parser. */
export function createOfflineFixture() {
  const { db, network, registry } = createTestRegistry();
  const engine = createOfflineEngine({ network });
  const skills = toSkillsJson(registry.list());

  function planningPrompt(request: OfflineCase) {
    return renderPlanningPrompt({
      agent: request.agent,
      skills: registry.scope(AGENT_SKILL_SETS[request.agent]).describe().text,
      formatRules: renderFormatRules(new Map()),
      examples: [],
      history: request.history ?? [],
      member: request.memberId === undefined ? undefined : { id: request.memberId },
      context: request.context === undefined ? undefined : toViewedItem(request.context),
      question: request.question,
    });
  }

  function answerPrompt(request: OfflineCase, dossier: DossierItem[]) {
    return renderAnswerPrompt({
      agent: request.agent,
      dossier,
      examples: [],
      history: request.history ?? [],
      member: request.memberId === undefined ? undefined : { id: request.memberId },
      context: request.context === undefined ? undefined : toViewedItem(request.context),
      question: request.question,
    });
  }

  return {
    db,
    network,
    registry,
    engine,
    skills,
    planningPrompt,
    answerPrompt,
    toText: toPromptText,
    /** The engine's plan for a request, and what the plan parser makes of it. */
    async plan(request: OfflineCase) {
      const text = await engine.respond(toPromptText(planningPrompt(request).messages));
      return { text, parsed: parsePlan(text, { skills }) };
    },
    async answer(request: OfflineCase, dossier: DossierItem[]) {
      return engine.respond(toPromptText(answerPrompt(request, dossier).messages));
    },
  };
}
