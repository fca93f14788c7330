import type { InputIssue } from '../network/api/network-errors.ts';

export const SKILL_ERROR_CODES = [
  'unknown_skill',
  'invalid_input',
  'not_found',
  'timeout',
  'aborted',
  'unavailable',
  'internal',
] as const;
export type SkillErrorCode = (typeof SKILL_ERROR_CODES)[number];

export interface SkillError {
  code: SkillErrorCode;
  message: string;
  /** Offending arguments, for `invalid_input`. */
  issues?: InputIssue[];
}

/** What invoking a skill gives back: never an exception. */
export type SkillResult =
  | {
      ok: true;
      skill: string;
      /** The skill's output schema, validated. */
      output: unknown;
      /** Compact text for the LLM, within the skill's token budget. */
      rendered: string;
      durationMs: number;
    }
  | { ok: false; skill: string; error: SkillError; durationMs: number };
