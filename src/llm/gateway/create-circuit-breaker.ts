export type CircuitState = 'closed' | 'open' | 'half-open';

/** How an attempt ended, for the breaker: `neutral` says nothing about the endpoint's health (caller abort, 4xx, full queue). */
export type AttemptOutcome = 'success' | 'failure' | 'neutral';

export interface CircuitBreaker {
  readonly state: CircuitState;
  /** Whether an attempt may go out now; in half-open, only one probe at a time. */
  tryAcquire(): boolean;
  record(outcome: AttemptOutcome): void;
}

/**
 * Opens after `failureThreshold` consecutive failures so a dead endpoint costs no TTFT timeouts;
 * after `openMs` one probe is let through, and its outcome closes or reopens the circuit.
 */
export function createCircuitBreaker(options: {
  failureThreshold: number;
  openMs: number;
  now?: () => number;
}): CircuitBreaker {
  const { failureThreshold, openMs, now = performance.now.bind(performance) } = options;
  let consecutiveFailures = 0;
  let openedAt: number | undefined;
  let probing = false;

  const state = (): CircuitState => {
    if (openedAt === undefined) return 'closed';
    return probing || now() - openedAt >= openMs ? 'half-open' : 'open';
  };

  return {
    get state() {
      return state();
    },
    tryAcquire() {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || probing) return false;
      probing = true;
      return true;
    },
    record(outcome) {
      const wasProbe = probing;
      probing = false;
      if (outcome === 'success') {
        consecutiveFailures = 0;
        openedAt = undefined;
      } else if (outcome === 'failure') {
        consecutiveFailures++;
        if (wasProbe || consecutiveFailures >= failureThreshold) openedAt = now();
      }
    },
  };
}
