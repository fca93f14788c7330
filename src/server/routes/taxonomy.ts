import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Network } from '../../network/api/create-network.ts';
import { errorBody } from '../http-errors.ts';
import { callNetwork, networkHandler } from '../network-handler.ts';

const MAX_BODY_BYTES = 64 * 1024;

/** /api/occupations, /api/salaries, /api/skills: the taxonomy and what postings say about pay. */
export function taxonomyRoutes(network: Network): Hono {
  return new Hono()
    .get('/occupations', networkHandler(network, 'findOccupations'))
    .get(
      '/occupations/:onet_code',
      networkHandler(network, 'getOccupationProfile', { params: { onet_code: 'onetCode' } }),
    )
    .get(
      '/occupations/:onet_code/skills',
      networkHandler(network, 'getOccupationSkills', { params: { onet_code: 'onetCode' } }),
    )
    .get('/salaries', networkHandler(network, 'getSalaryStatistics'))
    .post(
      '/skills/extract',
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) =>
          c.json(errorBody('payload_too_large', `the body is over ${MAX_BODY_BYTES} bytes`), 413),
      }),
      async (c) => {
        const body = await c.req.json().catch(() => undefined);
        if (body === undefined)
          return c.json(errorBody('invalid_input', 'the body must be JSON: {"text": "..."}'), 400);
        return c.json(await callNetwork(network, 'extractSkills', c, body));
      },
    );
}
