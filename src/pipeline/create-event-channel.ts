/** A queue between producers pushing events and one consumer iterating them, in order. */
export interface EventChannel<T> extends AsyncIterable<T> {
  push(value: T): void;
  close(): void;
}

export function createEventChannel<T>(): EventChannel<T> {
  const queue: T[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  return {
    push(value) {
      if (closed) return;
      queue.push(value);
      notify();
    },
    close() {
      closed = true;
      notify();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length > 0) yield queue.shift() as T;
        if (closed) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}
