/** Thrown by `acquire` when every slot is busy and the waiting line is full. */
export class QueueFullError extends Error {
  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
  ) {
    super(`all ${maxConcurrent} slots are busy and the queue of ${maxQueued} is full`);
    this.name = 'QueueFullError';
  }
}

export interface ConcurrencyLimiter {
  /** Waits for a slot (FIFO); resolves with the function that gives it back. Rejects if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly active: number;
  readonly queued: number;
}

interface Waiter {
  grant(): void;
}

/**
 * At most `maxConcurrent` holders at once, and at most `maxQueued` waiting behind them
 * (`Infinity` for an unbounded queue). Used by the gateway per endpoint and by the simulator.
 */
export function createConcurrencyLimiter(options: {
  maxConcurrent: number;
  maxQueued: number;
}): ConcurrencyLimiter {
  const { maxConcurrent, maxQueued } = options;
  const waiters: Waiter[] = [];
  let active = 0;

  function release(): void {
    const next = waiters.shift();
    if (next) next.grant();
    else active--;
  }

  function releaseOnce(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  return {
    get active() {
      return active;
    },
    get queued() {
      return waiters.length;
    },
    acquire(signal) {
      signal?.throwIfAborted();
      if (active < maxConcurrent) {
        active++;
        return Promise.resolve(releaseOnce());
      }
      if (waiters.length >= maxQueued) return Promise.reject(new QueueFullError(maxConcurrent, maxQueued));
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(signal?.reason);
        };
        // The slot passes straight from the releaser to this waiter, so `active` stays unchanged.
        const waiter: Waiter = {
          grant() {
            signal?.removeEventListener('abort', onAbort);
            resolve(releaseOnce());
          },
        };
        waiters.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
