import type { InferUIMessageChunk, UIMessage } from 'ai';
import type { Card } from '../../pipeline/turn-event.ts';
import type { RouteAgent } from '../../router/agents.ts';
import type { UiDocument } from '../../ui/ui-node.ts';

/** The typed data parts of an assistant message (README "Contract"), keyed by name without `data-`. */
export type DossierDataParts = {
  conversation: { conversationId: string; messageId: string };
  route: { agent: RouteAgent; confidence: number; source: string };
  'skill-call': {
    skill: string;
    args: Record<string, unknown>;
    status: 'running' | 'ok' | 'failed';
    durationMs?: number;
    items?: number;
    error?: string;
  };
  card: { card: Card; ui: UiDocument };
  'follow-ups': { questions: string[]; ui: UiDocument };
  notice: { level: 'info' | 'warning'; code: string; text: string };
  /**
   * The trust classifier withdrew text already sent: the answer's text parts before this part, joined,
   * are cut back to their first `fromChar` characters (UTF-16 code units); text parts after it follow on.
   */
  retraction: { fromChar: number; reason: string };
  /** A turn event this server version has no part for, passed on rather than dropped. */
  event: { event: unknown };
};

/** What `useChat<DossierUIMessage>` holds: text and the data parts above. */
export type DossierUIMessage = UIMessage<unknown, DossierDataParts>;
export type DossierChunk = InferUIMessageChunk<DossierUIMessage>;
