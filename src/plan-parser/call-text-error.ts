import type { RejectionReason } from './types.ts';

/** Why one call's text could not become a call; the call is rejected with this reason. */
export class CallTextError extends Error {
  constructor(
    readonly reason: RejectionReason,
    message: string,
    /** the skill the call named, when known by the time the problem was found */
    readonly skill?: string,
  ) {
    super(message);
  }
}
