import { z } from 'zod';
import { integerIdSchema, limitSchema, offsetSchema } from './input-schemas.ts';
import { type MemberSummary, selectMemberSummaryRows, toMemberSummary } from './member-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Page } from './page.ts';
import type { Viewer } from './viewer.ts';

export const listConnectionsInput = z.object({
  memberId: integerIdSchema,
  limit: limitSchema(),
  offset: offsetSchema,
});

/** A member's connections by name; public fields only. */
export async function listConnections(
  { db }: NetworkContext,
  _viewer: Viewer,
  { memberId, limit, offset }: z.output<typeof listConnectionsInput>,
  signal: AbortSignal,
): Promise<Page<MemberSummary>> {
  signal.throwIfAborted();
  const [member, total, rows] = await Promise.all([
    db.selectFrom('members').select('member_id').where('member_id', '=', memberId).executeTakeFirst(),
    db
      .selectFrom('connections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('member_id', '=', memberId)
      .executeTakeFirstOrThrow(),
    selectMemberSummaryRows(db)
      .innerJoin('connections', 'connections.connected_id', 'members.member_id')
      .where('connections.member_id', '=', memberId)
      .orderBy('members.last_name')
      .orderBy('members.first_name')
      .orderBy('members.member_id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  if (!member) throw new NotFoundError('member', memberId);
  return { items: rows.map(toMemberSummary), total: Number(total.n), limit, offset };
}
