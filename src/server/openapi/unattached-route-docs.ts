import { chatCompletionRequestSchema } from '../../llm/simulator/chat-completion-request.ts';
import { NETWORK_UPDATES } from '../../network/api/create-network.ts';
import type { PathDoc } from './build-openapi-document.ts';

const UI_MESSAGE_STREAM: PathDoc['responses'] = {
  200: {
    description:
      'the AI SDK UI message stream (SSE, `x-vercel-ai-ui-message-stream: v1`, an `id:` per event); parts: src/server/chat/README.md',
    contentType: 'text/event-stream',
  },
};
const chat = (method: string, path: string, summary: string, responses?: PathDoc['responses']): PathDoc => ({
  method,
  path,
  summary,
  tags: ['chat'],
  description: 'The contract: src/server/chat/README.md. The viewer is the session member or X-Member-Id.',
  ...(responses ? { responses } : {}),
});

/**
 * Docs of mounted routes whose handlers carry none (written before describeRoute existed, or not
 * an API), by method and path. A route that describes itself needs no entry here.
 */
export const UNATTACHED_ROUTE_DOCS: readonly PathDoc[] = [
  chat(
    'POST',
    '/api/chat',
    'one chat turn: body {id: conversation uuid, messages: UIMessage[], context?: {kind, id}}; streamed answer',
    UI_MESSAGE_STREAM,
  ),
  chat(
    'GET',
    '/api/chat/:id/stream',
    "resume the conversation's active or latest turn after Last-Event-ID (204: none in flight)",
    { ...UI_MESSAGE_STREAM, 204: { description: 'no turn in flight' } },
  ),
  chat('POST', '/api/chat/:id/stop', 'stop the active turn (stored as incomplete)'),
  chat('GET', '/api/conversations', "the viewer's conversations, newest first"),
  chat(
    'GET',
    '/api/conversations/:id/messages',
    'a conversation as {messages: UIMessage[]}, same parts as live',
  ),
  chat(
    'POST',
    '/api/messages/:messageId/feedback',
    "feedback on an answer: {rating: 'up'|'down', comment?} → 204",
    { 204: { description: 'stored' } },
  ),
  chat(
    'GET',
    '/api/starters',
    'starter questions for the item in view: ?kind=job|post|company|profile|feed&id=',
  ),
  {
    method: 'GET',
    path: '/v1/models',
    summary: 'OpenAI-compatible model list (the one model, `dossier`)',
    tags: ['openai'],
  },
  {
    method: 'POST',
    path: '/v1/chat/completions',
    summary: 'OpenAI-compatible chat completions (model `dossier`): one assistant turn, streamed or whole',
    tags: ['openai'],
    body: chatCompletionRequestSchema,
    responses: {
      200: { description: '`chat.completion`, or `chat.completion.chunk` events with stream: true' },
    },
  },
  {
    method: 'PATCH',
    path: '/api/members/me',
    summary: NETWORK_UPDATES.updateMemberProfile.description,
    tags: ['network'],
    body: NETWORK_UPDATES.updateMemberProfile.input.omit({ memberId: true }),
    responses: { 200: { description: 'the updated profile' }, 401: { description: 'not signed in' } },
  },
  {
    method: 'GET',
    path: '/*',
    summary: 'the web app: built assets, and index.html for any other page (API paths excluded)',
    tags: ['web'],
    responses: {
      200: { description: 'a page or asset', contentType: 'text/html' },
      503: { description: 'the web app is not built (npm run build:web)', contentType: 'text/html' },
    },
  },
];
