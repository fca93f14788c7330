import type { RouteAgent } from './agents.ts';
import type { RouteInput } from './route-input.ts';

/** One routed question with its right answer; `weight` scales its share of the training loss. */
export interface LabelledExample {
  input: RouteInput;
  agent: RouteAgent;
  weight: number;
  /** The line it was made from (template, hand-written line, CLINC row): validation keeps groups whole. */
  group: string;
}
