import type { Context } from 'hono';
import { InvalidInputError } from '../network/api/network-errors.ts';
import { ANONYMOUS_VIEWER, memberViewer, type Viewer } from '../network/api/viewer.ts';

/**
 * The viewing member, from the `X-Member-Id` header: the only "session" until sign-in exists.
 * Absent means anonymous; anything but a positive integer is a 400.
 */
export const VIEWER_HEADER = 'X-Member-Id';

export function viewerFromRequest(c: Context): Viewer {
  const header = c.req.header(VIEWER_HEADER);
  if (header === undefined || header === '') return ANONYMOUS_VIEWER;
  if (!/^[1-9]\d{0,15}$/.test(header) || !Number.isSafeInteger(Number(header))) {
    throw new InvalidInputError([
      { field: VIEWER_HEADER, message: 'must be a member id (a positive integer)' },
    ]);
  }
  return memberViewer(Number(header));
}
