import { NETWORK_UPDATES } from '../../network/api/create-network.ts';
import type { PathDoc } from './build-openapi-document.ts';

/**
 * Docs of mounted routes whose handlers carry none (written before describeRoute existed, or not
 * an API), by method and path. A route that describes itself needs no entry here.
 */
export const UNATTACHED_ROUTE_DOCS: readonly PathDoc[] = [
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
