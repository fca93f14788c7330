import type { Context } from 'hono';
import { InvalidInputError } from '../network/api/network-errors.ts';
import { ANONYMOUS_VIEWER, memberViewer, type Viewer } from '../network/api/viewer.ts';

/**
 * The `X-Member-Id` header names the viewer without signing in: a demo and test convenience for API
 * clients (anyone can claim any member), turned off with DOSSIER_TRUST_MEMBER_HEADER=0.
 */
export const VIEWER_HEADER = 'X-Member-Id';

/**
 * The viewing member: `X-Member-Id` when given (and trusted), else the member signed in to the
 * session cookie (middleware/session.ts), else anonymous. A malformed or distrusted header is a 400.
 */
export function viewerFromRequest(c: Context): Viewer {
  const header = c.req.header(VIEWER_HEADER);
  if (header === undefined || header === '') {
    const memberId = c.get('session')?.memberId ?? null;
    return memberId === null ? ANONYMOUS_VIEWER : memberViewer(memberId);
  }
  if (c.get('memberHeaderTrusted') === false) {
    throw new InvalidInputError([
      {
        field: VIEWER_HEADER,
        message:
          'not accepted by this server (DOSSIER_TRUST_MEMBER_HEADER=0); sign in with POST /api/session',
      },
    ]);
  }
  if (!/^[1-9]\d{0,15}$/.test(header) || !Number.isSafeInteger(Number(header))) {
    throw new InvalidInputError([
      { field: VIEWER_HEADER, message: 'must be a member id (a positive integer)' },
    ]);
  }
  return memberViewer(Number(header));
}
