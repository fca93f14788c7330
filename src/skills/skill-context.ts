import type { Network } from '../network/api/create-network.ts';
import type { Viewer } from '../network/api/viewer.ts';

/** What a skill runs with: the internal APIs, the asking member (passed to every API call) and cancellation. */
export interface SkillContext {
  readonly network: Network;
  readonly viewer: Viewer;
  readonly signal: AbortSignal;
}
