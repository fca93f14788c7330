import { Hono } from 'hono';
import type { Network } from '../../network/api/create-network.ts';
import { networkHandler } from '../network-handler.ts';

/** /api/companies: search, one company, its postings. */
export function companyRoutes(network: Network): Hono {
  const company = { company_id: 'companyId' };
  return new Hono()
    .get('/', networkHandler(network, 'searchCompanies', { rename: { q: 'query' } }))
    .get('/:company_id', networkHandler(network, 'getCompany', { params: company }))
    .get('/:company_id/jobs', networkHandler(network, 'listCompanyJobs', { params: company }));
}
