import { Hono } from 'hono';
import { NETWORK_APIS, type Network } from '../../network/api/create-network.ts';
import { validate } from '../middleware/validate.ts';
import { callNetwork, networkHandler } from '../network-handler.ts';
import { describeRoute } from '../openapi/describe-route.ts';

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
      describeRoute(
        { summary: NETWORK_APIS.extractSkills.description, tags: ['network'] },
        validate('json', NETWORK_APIS.extractSkills.input),
      ),
      async (c) => c.json(await callNetwork(network, 'extractSkills', c, c.req.valid('json'))),
    );
}
