import { Hono } from 'hono';
import type { Network } from '../../network/api/create-network.ts';
import { InvalidInputError } from '../../network/api/network-errors.ts';
import { errorBody } from '../http-errors.ts';
import { networkHandler } from '../network-handler.ts';
import { viewerFromRequest } from '../viewer-from-request.ts';

/**
 * /api/members: people search, profiles (private fields only for the member themself), connections,
 * and `PATCH /me`: the signed-in member edits their own headline, about and skills.
 */
export function memberRoutes(network: Network): Hono {
  const member = { id: 'memberId' };
  return new Hono()
    .get('/', networkHandler(network, 'searchPeople', { rename: { q: 'query' } }))
    .patch('/me', async (c) => {
      const viewer = viewerFromRequest(c);
      if (viewer.memberId === null)
        return c.json(errorBody('unauthenticated', 'sign in to edit your profile'), 401);
      const body: unknown = await c.req.json().catch(() => undefined);
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new InvalidInputError([{ field: '', message: 'the body must be a JSON object' }]);
      if ('memberId' in body)
        throw new InvalidInputError([{ field: 'memberId', message: 'you can only edit your own profile' }]);
      return c.json(
        await network.updateMemberProfile(viewer, { ...body, memberId: viewer.memberId }, c.req.raw.signal),
      );
    })
    .get('/:id', networkHandler(network, 'getMemberProfile', { params: member }))
    .get('/:id/connections', networkHandler(network, 'listConnections', { params: member }));
}
