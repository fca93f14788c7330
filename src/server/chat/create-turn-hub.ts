import type { Pipeline } from '../../pipeline/create-pipeline.ts';
import type { TurnRequest } from '../../pipeline/guard-turn-request.ts';
import type { TurnEvent } from '../../pipeline/turn-event.ts';
import type { DossierChunk } from './dossier-ui-message.ts';
import { createUiPartMapper } from './to-ui-message-parts.ts';

/** A UI message stream part with its number within the turn (1, 2, ...): the SSE `id`. */
export interface NumberedChunk {
  id: number;
  chunk: DossierChunk;
}

export interface HubTurn {
  conversationId: string;
  /** True until the turn's last event. */
  running(): boolean;
  /** The parts after `afterId` (0: all), then live ones until the turn ends or `signal` aborts. */
  subscribe(afterId: number, signal: AbortSignal): AsyncIterable<NumberedChunk>;
  /** Cancels the turn; it ends with an `aborted` error and is stored `incomplete`. */
  stop(): void;
  /** Settles when the turn has ended and recorded how. */
  finished: Promise<void>;
}

export type StartResult =
  | { ok: true; turn: HubTurn }
  /** The turn ended before it started, e.g. the pipeline rejected the request. */
  | { ok: false; error: Extract<TurnEvent, { type: 'error' }> }
  /** The conversation already has a turn running (or starting). */
  | { ok: false; busy: true };

export interface TurnHub {
  /** Runs a turn apart from any HTTP connection; resolves once it has started (or failed to). */
  start(request: TurnRequest & { conversationId: string }): Promise<StartResult>;
  /** The conversation's running turn, or its last one for a while after it ended. */
  find(conversationId: string): HubTurn | undefined;
  /** Stops every running turn and waits for them to record how they ended. */
  close(): Promise<void>;
}

/**
 * Turns in memory: each consumes `pipeline.runTurn` on its own (a dropped client does not cancel
 * it; `stop` does), keeps its numbered parts, and fans them out to any number of subscribers, who
 * may join late and replay from any part. A finished turn stays `retainMs` for late resumptions,
 * then only the store has it.
 */
export function createTurnHub(pipeline: Pipeline, { retainMs = 60_000 } = {}): TurnHub {
  const turns = new Map<string, HubTurn>();
  const running = new Set<HubTurn>();
  const starting = new Set<string>();

  function start(request: TurnRequest & { conversationId: string }): Promise<StartResult> {
    const { conversationId } = request;
    if (starting.has(conversationId) || turns.get(conversationId)?.running())
      return Promise.resolve({ ok: false, busy: true });
    starting.add(conversationId);
    const controller = new AbortController();
    const chunks: NumberedChunk[] = [];
    const waiting = new Set<() => void>();
    let ended = false;
    const wakeAll = () => {
      for (const wake of waiting) wake();
      waiting.clear();
    };
    const toParts = createUiPartMapper();

    return new Promise<StartResult>((settle) => {
      const resolve = (result: StartResult) => {
        starting.delete(conversationId);
        settle(result);
      };
      let turn: HubTurn | undefined;
      const consume = async () => {
        const signal = request.signal
          ? AbortSignal.any([request.signal, controller.signal])
          : controller.signal;
        for await (const event of pipeline.runTurn({ ...request, signal })) {
          if (!turn) {
            if (event.type === 'error') return resolve({ ok: false, error: event });
            if (event.type !== 'turn_started') continue;
            turn = {
              conversationId: event.conversationId,
              running: () => !ended,
              subscribe,
              stop: () => controller.abort(new Error('stopped by the member')),
              finished,
            };
            turns.set(event.conversationId, turn);
            running.add(turn);
            resolve({ ok: true, turn });
          }
          for (const chunk of toParts(event)) chunks.push({ id: chunks.length + 1, chunk });
          wakeAll();
        }
      };
      const finished: Promise<void> = consume()
        .catch((error: unknown) => {
          // runTurn never throws; a failure here is the hub's own and must still end the turn.
          console.error('turn hub:', error);
        })
        .finally(() => {
          ended = true;
          wakeAll();
          const done = turn;
          if (!done)
            return resolve({
              ok: false,
              error: { type: 'error', code: 'internal', message: 'the turn ended before it started' },
            });
          running.delete(done);
          setTimeout(() => {
            if (turns.get(done.conversationId) === done) turns.delete(done.conversationId);
          }, retainMs).unref();
        });

      async function* subscribe(afterId: number, signal: AbortSignal): AsyncIterable<NumberedChunk> {
        let next = Math.max(0, afterId);
        const wake = () => wakeAll();
        signal.addEventListener('abort', wake, { once: true });
        try {
          for (;;) {
            while (next < chunks.length && !signal.aborted) yield chunks[next++] as NumberedChunk;
            if (ended || signal.aborted) return;
            await new Promise<void>((resolve) => waiting.add(resolve));
          }
        } finally {
          signal.removeEventListener('abort', wake);
        }
      }
    });
  }

  return {
    start,
    find: (conversationId) => turns.get(conversationId),
    async close() {
      const all = [...running];
      for (const turn of all) turn.stop();
      await Promise.all(all.map((turn) => turn.finished));
    },
  };
}
