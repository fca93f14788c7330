import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Network } from '../../network/api/create-network.ts';
import { toInvalidInputError } from '../../network/api/create-network.ts';
import { InvalidInputError } from '../../network/api/network-errors.ts';
import {
  type ConversationStore,
  UnknownConversationError,
} from '../../pipeline/create-conversation-store.ts';
import { turnRequestSchema } from '../../pipeline/guard-turn-request.ts';
import { CONTEXT_KINDS } from '../../router/route-input.ts';
import { composeStarters } from '../../ui/compose-starters.ts';
import { errorResponse } from '../http-errors.ts';
import { viewerFromRequest } from '../viewer-from-request.ts';
import type { TurnHub } from './create-turn-hub.ts';
import { rebuildUIMessages } from './rebuild-ui-messages.ts';
import { replayStoredTurn } from './replay-stored-turn.ts';
import { toSseResponse } from './to-sse-response.ts';

const MAX_CONVERSATIONS = 50;
const NOT_YOURS = 'this conversation belongs to someone else';

const uiMessagePartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

/** What `useChat` with `DefaultChatTransport` posts; extra fields (its `body` option) are ignored. */
const chatRequestSchema = z.looseObject({
  id: z.uuid('the conversation id must be a uuid'),
  messages: z
    .array(
      z.looseObject({
        id: z.string().optional(),
        role: z.enum(['user', 'assistant', 'system']),
        parts: z.array(uiMessagePartSchema).max(100),
      }),
    )
    .min(1, 'no messages')
    .max(1000),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
  messageId: z.string().optional(),
  // null as well as absent: clients commonly send `context: null` when nothing is in view.
  context: z.object({ kind: z.enum(CONTEXT_KINDS), id: z.union([z.string(), z.number()]) }).nullish(),
});

const feedbackSchema = z.strictObject({
  rating: z.enum(['up', 'down']),
  comment: z.string().max(2000).optional(),
});

const startersQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('feed') }),
  z.object({ kind: z.enum(CONTEXT_KINDS), id: z.string().min(1).max(200) }),
]);

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new InvalidInputError([{ field: '', message: 'the body must be JSON' }]);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw toInvalidInputError(result.error);
  return result.data;
}

/** The text of the last user message: the question (history comes from the store). */
function lastQuestion(messages: z.infer<typeof chatRequestSchema>['messages']): string {
  const last = messages.findLast((message) => message.role === 'user');
  return (last?.parts ?? [])
    .flatMap((part) => (part.type === 'text' && part.text !== undefined ? [part.text] : []))
    .join('');
}

/** The turn's last Last-Event-ID (a part number), or undefined when the client sent none. */
function lastEventId(c: Context): number | undefined {
  const header = c.req.header('Last-Event-ID');
  if (header === undefined || header === '') return undefined;
  if (!/^\d{1,9}$/.test(header))
    throw new InvalidInputError([{ field: 'Last-Event-ID', message: 'must be a part number' }]);
  return Number(header);
}

/**
 * The chat API (README.md in this folder): streamed turns in the AI SDK UI message stream
 * protocol, resumption, stop, history, feedback and starters. A member reaches only their own
 * conversations; an anonymous viewer reaches anonymous ones by their (unguessable) id and has no list.
 */
export function chatRoutes({
  network,
  store,
  hub,
}: {
  network: Network;
  store: ConversationStore;
  hub: TurnHub;
}): Hono {
  /** 404 for no such conversation, 403 for someone else's; undefined when the viewer owns it. */
  async function refuseUnlessOwn(c: Context, conversationId: string): Promise<Response | undefined> {
    const owner = z.uuid().safeParse(conversationId).success
      ? await store.conversationOwner(conversationId)
      : undefined;
    if (!owner) return errorResponse(c, 404, 'not_found', `no conversation ${conversationId}`);
    if (owner.memberId !== viewerFromRequest(c).memberId)
      return errorResponse(c, 403, 'forbidden', NOT_YOURS);
    return undefined;
  }

  return new Hono()
    .post('/chat', async (c) => {
      const viewer = viewerFromRequest(c);
      const body = parse(chatRequestSchema, await jsonBody(c));
      const request = turnRequestSchema.safeParse({
        question: lastQuestion(body.messages),
        member: viewer.memberId ?? undefined,
        context: body.context ?? undefined,
        conversationId: body.id,
      });
      if (!request.success) throw toInvalidInputError(request.error);
      try {
        await store.claimConversation({ conversationId: body.id, memberId: viewer.memberId });
      } catch (error) {
        if (error instanceof UnknownConversationError) return errorResponse(c, 403, 'forbidden', NOT_YOURS);
        throw error;
      }
      const started = await hub.start({ ...request.data, conversationId: body.id });
      if (!started.ok) {
        if ('busy' in started)
          return errorResponse(c, 409, 'turn_running', 'a turn is already running in this conversation');
        const status = started.error.code === 'invalid_input' ? 400 : 500;
        return errorResponse(c, status, started.error.code, started.error.message);
      }
      const { turn } = started;
      return toSseResponse((signal) => turn.subscribe(0, signal));
    })
    .get('/chat/:id/stream', async (c) => {
      const conversationId = c.req.param('id');
      const refused = await refuseUnlessOwn(c, conversationId);
      if (refused) return refused;
      const after = lastEventId(c);
      const turn = hub.find(conversationId);
      if (turn) return toSseResponse((signal) => turn.subscribe(after ?? 0, signal));
      // Not in memory: a client that was cut off (it sends Last-Event-ID) gets the rest from the store.
      const latest = (await store.transcript(conversationId)).findLast((m) => m.role === 'assistant');
      if (after === undefined || !latest) return c.body(null, 204);
      const stored = await replayStoredTurn(store, latest.messageId, after);
      return toSseResponse(async function* () {
        yield* stored;
      });
    })
    .post('/chat/:id/stop', async (c) => {
      const conversationId = c.req.param('id');
      const refused = await refuseUnlessOwn(c, conversationId);
      if (refused) return refused;
      const turn = hub.find(conversationId);
      if (turn?.running()) {
        turn.stop();
        await turn.finished;
      }
      return c.body(null, 204);
    })
    .get('/conversations', async (c) => {
      const viewer = viewerFromRequest(c);
      if (viewer.memberId === null)
        return errorResponse(c, 401, 'unauthenticated', 'sign in to see your conversations');
      return c.json({
        conversations: await store.listConversations(viewer.memberId, { limit: MAX_CONVERSATIONS }),
      });
    })
    .get('/conversations/:id/messages', async (c) => {
      const conversationId = c.req.param('id');
      const refused = await refuseUnlessOwn(c, conversationId);
      if (refused) return refused;
      return c.json({ messages: await rebuildUIMessages(store, conversationId) });
    })
    .post('/messages/:messageId/feedback', async (c) => {
      const messageId = c.req.param('messageId');
      const feedback = parse(feedbackSchema, await jsonBody(c));
      const message = z.uuid().safeParse(messageId).success ? await store.messageOwner(messageId) : undefined;
      if (!message) return errorResponse(c, 404, 'not_found', `no message ${messageId}`);
      const refused = await refuseUnlessOwn(c, message.conversationId);
      if (refused) return refused;
      if (message.role !== 'assistant')
        throw new InvalidInputError([
          { field: 'messageId', message: 'feedback is on answers, not questions' },
        ]);
      await store.saveFeedback({ messageId, memberId: viewerFromRequest(c).memberId, ...feedback });
      return c.body(null, 204);
    })
    .get('/starters', async (c) => {
      const target = parse(startersQuerySchema, c.req.query());
      return c.json(await composeStarters(network, viewerFromRequest(c), target, c.req.raw.signal));
    });
}
