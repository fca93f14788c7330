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
  /** A turn event this server version has no part for, passed on rather than dropped. */
  event: { event: unknown };
};

/** What `useChat<DossierUIMessage>` holds: text and the data parts above. */
export type DossierUIMessage = UIMessage<unknown, DossierDataParts>;
export type DossierChunk = InferUIMessageChunk<DossierUIMessage>;
