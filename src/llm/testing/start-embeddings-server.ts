import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmbeddingsServer {
  url: string;
  /** How many `POST /v1/embeddings` requests arrived. */
  hits(): number;
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible `/v1/embeddings` server over real HTTP (the simulator serves chat
 * completions only): 2-d vectors `[text length, 1]`, one token per word; optionally failing or slow.
 */
export async function startEmbeddingsServer(
  behaviour: { status?: number; delayMs?: number } = {},
): Promise<EmbeddingsServer> {
  let hits = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
        response.writeHead(404).end();
        return;
      }
      hits += 1;
      const { input, model } = JSON.parse(body) as { input: string[]; model: string };
      const answer = () => {
        if (behaviour.status) {
          response.writeHead(behaviour.status, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { message: 'simulated failure' } }));
          return;
        }
        const tokens = input.reduce((sum, text) => sum + text.split(' ').length, 0);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            object: 'list',
            model,
            data: input.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, 1] })),
            usage: { prompt_tokens: tokens, total_tokens: tokens },
          }),
        );
      };
      const timer = setTimeout(answer, behaviour.delayMs ?? 0);
      response.on('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
