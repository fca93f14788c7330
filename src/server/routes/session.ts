import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Network } from '../../network/api/create-network.ts';
import { integerIdSchema } from '../../network/api/input-schemas.ts';
import { NotFoundError } from '../../network/api/network-errors.ts';
import { ANONYMOUS_VIEWER } from '../../network/api/viewer.ts';
import type { SessionCookies } from '../middleware/session.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { viewerFromRequest } from '../viewer-from-request.ts';

const memberSchema = z.object({ id: z.int(), name: z.string(), headline: z.string() });
const sessionSchema = z.object({ member: memberSchema.nullable() });

/**
 * /api/session: demo sign-in as a chosen member (no password: the members are generated), the
 * current member, sign-out, and a few members to choose from.
 */
export function sessionRoutes(network: Network, cookies: SessionCookies): Hono {
  const memberById = async (memberId: number, signal: AbortSignal) => {
    const profile = await network.getMemberProfile(ANONYMOUS_VIEWER, { memberId }, signal);
    return { id: profile.memberId, name: profile.name, headline: profile.headline };
  };
  const tags = ['session'];
  return new Hono()
    .get(
      '/',
      describeRoute(
        {
          summary: 'the viewing member (session cookie or X-Member-Id), or null',
          tags,
          responses: { 200: { description: 'the session', schema: sessionSchema } },
        },
        async (c) => {
          const { memberId } = viewerFromRequest(c);
          if (memberId === null) return c.json({ member: null });
          const member = await memberById(memberId, c.req.raw.signal).catch((error: unknown) => {
            if (error instanceof NotFoundError) return null; // signed in before the database was rebuilt
            throw error;
          });
          return c.json({ member });
        },
      ),
    )
    .post(
      '/',
      describeRoute(
        {
          summary: 'sign in as a demo member: sets the signed session cookie',
          tags,
          responses: {
            200: { description: 'the member now signed in', schema: sessionSchema },
            404: { description: 'no such member' },
          },
        },
        validate('json', z.strictObject({ memberId: integerIdSchema })),
      ),
      async (c) => {
        const member = await memberById(c.req.valid('json').memberId, c.req.raw.signal);
        cookies.save(c, { id: c.get('session').id, memberId: member.id });
        return c.json({ member });
      },
    )
    .delete(
      '/',
      describeRoute(
        {
          summary: 'sign out: a new anonymous session',
          tags,
          responses: { 200: { description: 'signed out', schema: sessionSchema } },
        },
        async (c) => {
          // A new id too: the next person at this browser does not inherit the anonymous conversations.
          cookies.save(c, { id: randomUUID(), memberId: null });
          return c.json({ member: null });
        },
      ),
    )
    .get(
      '/members',
      describeRoute(
        {
          summary: 'demo members to sign in as (by name, headline or skills with q)',
          tags,
          responses: {
            200: { description: 'members', schema: z.object({ members: z.array(memberSchema) }) },
          },
        },
        validate(
          'query',
          z.strictObject({
            q: z.string().max(200).optional(),
            limit: z.coerce.number().int().min(1).max(50).default(8),
          }),
        ),
      ),
      async (c) => {
        const { q, limit } = c.req.valid('query');
        const page = await network.searchPeople(ANONYMOUS_VIEWER, { query: q, limit }, c.req.raw.signal);
        return c.json({
          members: page.items.map((m) => ({ id: m.memberId, name: m.name, headline: m.headline })),
        });
      },
    );
}
