import { Hono } from 'hono';
import type { Network } from '../../network/api/create-network.ts';
import { networkHandler } from '../network-handler.ts';

/** /api/jobs: search, one posting, similar postings, the viewer's skill gap. */
export function jobRoutes(network: Network): Hono {
  const job = { job_id: 'jobId' };
  return new Hono()
    .get('/', networkHandler(network, 'searchJobs', { rename: { q: 'query' } }))
    .get('/:job_id', networkHandler(network, 'getJob', { params: job }))
    .get('/:job_id/similar', networkHandler(network, 'findSimilarJobs', { params: job }))
    .get('/:job_id/skill-gap', networkHandler(network, 'computeSkillGap', { params: job }));
}
