// Tables of migrations 002 and 003: what the assistant pipeline records of each conversation, and feedback.

export interface ConversationTable {
  conversation_id: string;
  member_id: number | null;
  created_at: number;
  updated_at: number;
}

/** `streaming` while a turn runs; `incomplete` when it was cut (abort, crash) before `done`. */
export type MessageStatus = 'complete' | 'streaming' | 'incomplete' | 'failed';

export interface MessageTable {
  message_id: string;
  conversation_id: string;
  /** Order within the conversation. */
  seq: number;
  role: 'member' | 'assistant';
  agent: string | null;
  text: string;
  /** What the member was viewing, `kind:id`. */
  context: string | null;
  status: MessageStatus;
  created_at: number;
}

export interface TurnEventTable {
  message_id: string;
  seq: number;
  type: string;
  /** The event as JSON. */
  payload: string;
  /** Milliseconds since the turn started. */
  at_ms: number;
}

export type FeedbackRating = 'up' | 'down';

/** One member's rating of one assistant message (migration 003); rating again replaces it. */
export interface FeedbackTable {
  message_id: string;
  member_id: number | null;
  rating: FeedbackRating;
  comment: string | null;
  created_at: number;
}

export interface ConversationTables {
  conversations: ConversationTable;
  messages: MessageTable;
  turn_events: TurnEventTable;
  feedback: FeedbackTable;
}
