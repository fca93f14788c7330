import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import {
  type ChatMessage,
  chatCompletionRequestSchema,
  messageText,
} from '../../llm/simulator/chat-completion-request.ts';
import { nextAnswerText } from '../../pipeline/answer-text.ts';
import type { Pipeline } from '../../pipeline/create-pipeline.ts';
import { formatWithdrawal } from '../../pipeline/format-withdrawal.ts';
import { turnRequestSchema } from '../../pipeline/guard-turn-request.ts';
import type { Card, TurnEvent } from '../../pipeline/turn-event.ts';
import { viewerFromRequest } from '../viewer-from-request.ts';
import { formatAttachments } from './format-attachments.ts';

/** The one model this face serves: the whole assistant. */
export const DOSSIER_MODEL = 'dossier';

const encoder = new TextEncoder();

/** OpenAI's error shape, so OpenAI clients raise their usual errors. */
function openAiError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  {
    type = 'invalid_request_error',
    param = null,
    code = null,
  }: { type?: string; param?: string | null; code?: string | null } = {},
): Response {
  return c.json({ error: { message, type, param, code } }, status);
}

/** The question is the last user message; the messages before it are the turn's history. */
function toTurn(messages: ChatMessage[]) {
  const last = messages.findLastIndex((message) => message.role === 'user');
  const history = messages.slice(0, Math.max(0, last)).flatMap((message) =>
    message.role === 'user' || message.role === 'assistant'
      ? [
          {
            role: message.role === 'user' ? ('member' as const) : ('assistant' as const),
            text: messageText(message),
          },
        ]
      : [],
  );
  return { question: last < 0 ? '' : messageText(messages[last] as ChatMessage), history };
}

/** Tokens the turn's model steps reported (plan and answer). */
function usageOf(event: TurnEvent | undefined): CompletionUsage {
  const timings = event?.type === 'done' ? event.timings : [];
  const prompt = timings.reduce((sum, timing) => sum + (timing.inputTokens ?? 0), 0);
  const completion = timings.reduce((sum, timing) => sum + (timing.outputTokens ?? 0), 0);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/**
 * The OpenAI-compatible face: `POST /v1/chat/completions` with model `dossier` runs one turn
 * of the assistant (streamed as `chat.completion.chunk`s, or whole as a `chat.completion`), its
 * cards and follow-ups appended as text; `GET /v1/models` lists the model. The turn is cancelled
 * when the client goes away.
 */
export function openAiRoutes({ pipeline }: { pipeline: Pipeline }): Hono {
  return new Hono()
    .get('/models', (c) =>
      c.json({
        object: 'list',
        data: [{ id: DOSSIER_MODEL, object: 'model', created: 0, owned_by: 'dossier' }],
      }),
    )
    .post('/chat/completions', async (c) => {
      const body: unknown = await c.req.json().catch(() => undefined);
      if (body === undefined) return openAiError(c, 400, 'the body must be JSON');
      const parsed = chatCompletionRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const param = issue?.path.map(String).join('.') || null;
        return openAiError(c, 400, `${param ?? 'body'}: ${issue?.message ?? 'invalid request'}`, { param });
      }
      const { model, messages, stream, stream_options: streamOptions } = parsed.data;
      if (model !== DOSSIER_MODEL) {
        return openAiError(
          c,
          400,
          `The model \`${model}\` does not exist; this server serves \`${DOSSIER_MODEL}\`.`,
          {
            param: 'model',
            code: 'model_not_found',
          },
        );
      }
      const viewer = viewerFromRequest(c);
      const request = turnRequestSchema.safeParse({
        ...toTurn(messages),
        member: viewer.memberId ?? undefined,
      });
      if (!request.success) {
        const issue = request.error.issues[0];
        return openAiError(c, 400, issue?.message ?? 'invalid request', { param: 'messages' });
      }

      const events = pipeline.runTurn({ ...request.data, signal: c.req.raw.signal })[Symbol.asyncIterator]();
      const cards: Card[] = [];
      let followUps: string[] = [];
      /** The answer text so far, without withdrawn text: what a retraction's `fromChar` counts in. */
      let answer = '';
      /** The next piece of answer text (a withdrawal notice when text was retracted), or the turn's last event. */
      const nextText = async (): Promise<{ text: string } | { end: TurnEvent | undefined }> => {
        for (;;) {
          const next = await events.next();
          if (next.done) return { end: undefined };
          const event = next.value;
          const before = answer;
          answer = nextAnswerText(answer, event);
          if (event.type === 'text_delta') return { text: event.text };
          // Streamed text cannot be unsent: the stream says what to disregard; a whole completion is cut.
          if (event.type === 'retracted')
            return { text: formatWithdrawal(before.slice(event.fromChar), event.reason) };
          if (event.type === 'attachment') cards.push(event.card);
          if (event.type === 'follow_ups') followUps = event.questions;
          if (event.type === 'done' || event.type === 'error') return { end: event };
        }
      };
      const failure = (end: TurnEvent | undefined) =>
        end?.type === 'error'
          ? end
          : end === undefined
            ? { code: 'internal', message: 'the turn ended early' }
            : undefined;

      const id = `chatcmpl-${randomUUID()}`;
      const created = Math.floor(Date.now() / 1000);
      const first = await nextText();
      // A turn refused before any text (e.g. by the guard) is a plain error response.
      if ('end' in first && failure(first.end)) {
        const error = failure(first.end);
        return error?.code === 'invalid_input'
          ? openAiError(c, 400, error.message, { param: 'messages' })
          : openAiError(c, 500, error?.message ?? 'internal error', { type: 'server_error' });
      }

      if (!stream) {
        let step = first;
        while ('text' in step) step = await nextText();
        const error = failure(step.end);
        if (error) return openAiError(c, 500, error.message, { type: 'server_error' });
        const completion: ChatCompletion = {
          id,
          object: 'chat.completion',
          created,
          model: DOSSIER_MODEL,
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: answer + formatAttachments(cards, followUps),
                refusal: null,
              },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: usageOf(step.end),
        };
        return c.json(completion);
      }

      const includeUsage = streamOptions?.include_usage === true;
      const chunk = (
        delta: ChatCompletionChunk.Choice.Delta,
        finishReason: ChatCompletionChunk.Choice['finish_reason'] = null,
      ): ChatCompletionChunk => ({
        id,
        object: 'chat.completion.chunk',
        created,
        model: DOSSIER_MODEL,
        choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
        ...(includeUsage ? { usage: null } : {}),
      });
      const sse = (data: unknown) => encoder.encode(`data: ${JSON.stringify(data)}\n\n`);
      let step = first;
      let started = false;
      const body$ = new ReadableStream<Uint8Array>({
        async pull(out) {
          if (!started) {
            started = true;
            out.enqueue(sse(chunk({ role: 'assistant', content: '' })));
          }
          if ('text' in step) {
            out.enqueue(sse(chunk({ content: step.text })));
            step = await nextText();
            return;
          }
          const error = failure(step.end);
          if (error) {
            out.enqueue(
              sse({ error: { message: error.message, type: 'server_error', param: null, code: error.code } }),
            );
            out.close();
            return;
          }
          const attachments = formatAttachments(cards, followUps);
          if (attachments) out.enqueue(sse(chunk({ content: attachments })));
          out.enqueue(sse(chunk({}, 'stop')));
          if (includeUsage) out.enqueue(sse({ ...chunk({}), choices: [], usage: usageOf(step.end) }));
          out.enqueue(encoder.encode('data: [DONE]\n\n'));
          out.close();
        },
        async cancel() {
          await events.return?.();
        },
      });
      return new Response(body$, {
        headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
      });
    });
}
