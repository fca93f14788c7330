import { UI_MESSAGE_STREAM_HEADERS } from 'ai';
import type { NumberedChunk } from './create-turn-hub.ts';

const encoder = new TextEncoder();

/**
 * The UI message stream over SSE as `createUIMessageStreamResponse` frames it (`data: <json>`,
 * ending `data: [DONE]`), plus an `id:` line per part so a client can resume with Last-Event-ID.
 * The parts come from `subscribe`, whose signal aborts when the client goes away.
 */
export function toSseResponse(subscribe: (signal: AbortSignal) => AsyncIterable<NumberedChunk>): Response {
  const gone = new AbortController();
  let parts: AsyncIterator<NumberedChunk> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(out) {
      parts ??= subscribe(gone.signal)[Symbol.asyncIterator]();
      const next = await parts.next();
      if (gone.signal.aborted) return;
      if (next.done) {
        out.enqueue(encoder.encode('data: [DONE]\n\n'));
        out.close();
        return;
      }
      out.enqueue(encoder.encode(`id: ${next.value.id}\ndata: ${JSON.stringify(next.value.chunk)}\n\n`));
    },
    async cancel() {
      gone.abort();
      await parts?.return?.();
    },
  });
  return new Response(body, { headers: UI_MESSAGE_STREAM_HEADERS });
}
