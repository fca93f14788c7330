import { Hono } from 'hono';
import type { Network } from '../../network/api/create-network.ts';
import { networkHandler } from '../network-handler.ts';

/** /api/members: people search, profiles (private fields only for X-Member-Id = the member), connections. */
export function memberRoutes(network: Network): Hono {
  const member = { id: 'memberId' };
  return new Hono()
    .get('/', networkHandler(network, 'searchPeople', { rename: { q: 'query' } }))
    .get('/:id', networkHandler(network, 'getMemberProfile', { params: member }))
    .get('/:id/connections', networkHandler(network, 'listConnections', { params: member }));
}
