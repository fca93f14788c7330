/** The subset of JSON Schema that skills use for their arguments. */
export interface ArgSchema {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  description?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: ArgSchema;
  properties?: Record<string, ArgSchema>;
  required?: string[];
}

export interface Skill {
  name: string;
  description: string;
  args: ArgSchema & { type: 'object' };
}

/** One validated skill call. `emittedAt`: characters consumed when the parser emitted it. */
export interface PlanCall {
  skill: string;
  args: Record<string, unknown>;
  emittedAt: number;
  /** Offset just past the call's own text; emission lag is `emittedAt - textEnd`. */
  textEnd: number;
}

export const REJECTION_REASONS = [
  'unknown-skill',
  'missing-required',
  'out-of-bounds',
  'enum-mismatch',
  'ambiguous',
  'type-mismatch',
  'malformed',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A call the model wrote but the parser refused; `skill` is the name written, or null when none was readable. */
export interface Rejection {
  skill: string | null;
  reason: RejectionReason;
  detail: string;
}

export type RepairKind =
  // around the plan
  | 'fence'
  | 'fence-unclosed'
  | 'prose-before'
  | 'prose-after'
  | 'reasoning-block'
  | 'truncated'
  // YAML text
  | 'tabs'
  | 'indentation'
  | 'colon-space'
  | 'unquoted-colon'
  | 'unterminated-quote'
  | 'smart-quotes'
  | 'markdown-emphasis'
  | 'markdown-list'
  | 'top-level-list'
  | 'single-call'
  | 'function-call'
  // JSON text
  | 'json-commas'
  | 'json-quotes'
  | 'json-unquoted-keys'
  | 'json-comments'
  | 'python-literals'
  | 'double-encoded'
  // call shape
  | 'key-alias'
  | 'skill-name'
  | 'skill-as-key'
  | 'flattened-args'
  // values, against the schema
  | 'coerced-number'
  | 'coerced-boolean'
  | 'coerced-string'
  | 'coerced-array'
  | 'enum-normalized'
  | 'null-omitted'
  | 'comment-stripped'
  | 'unknown-arg-dropped';

export interface Repair {
  kind: RepairKind;
  detail?: string;
}

export interface PlanParseResult {
  /** True when the text held a plan: a `calls` key (even empty) or at least one call, accepted or rejected. */
  ok: boolean;
  calls: PlanCall[];
  repairs: Repair[];
  rejected: Rejection[];
}
