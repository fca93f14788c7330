import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { memberSearchDocument } from '../import/member-search-document.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import { getMemberProfile, type MemberProfile } from './get-member-profile.ts';
import { integerIdSchema } from './input-schemas.ts';
import { selectMemberProfileRow } from './member-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const MAX_HEADLINE_LENGTH = 220;
export const MAX_ABOUT_LENGTH = 2600;
export const MAX_SKILLS = 100;

/** The editable part of a profile; an absent field is left as it is. */
export const updateMemberProfileInput = z
  .object({
    memberId: integerIdSchema,
    headline: z.string().trim().max(MAX_HEADLINE_LENGTH).optional(),
    about: z.string().trim().max(MAX_ABOUT_LENGTH).optional(),
    skills: z
      .array(z.string().trim().min(1, 'a skill cannot be blank').max(100))
      .max(MAX_SKILLS)
      .optional()
      .describe('the whole list, replacing the current one'),
  })
  .strict();

/** Someone other than the member tried to change their profile; the server answers 403. */
export class NotYourProfileError extends Error {
  constructor(readonly memberId: number) {
    super(`only member ${memberId} may change their profile`);
    this.name = 'NotYourProfileError';
  }
}

/**
 * Changes the viewer's own headline, about and skills, and re-indexes their search document in the
 * same transaction, so people search finds the profile as it now reads. Returns the updated profile.
 */
export async function updateMemberProfile(
  context: NetworkContext,
  viewer: Viewer,
  input: z.output<typeof updateMemberProfileInput>,
  signal: AbortSignal,
): Promise<MemberProfile> {
  const { memberId, headline, about, skills } = input;
  if (viewer.memberId !== memberId) throw new NotYourProfileError(memberId);
  signal.throwIfAborted();
  return context.db.transaction().execute(async (trx) => {
    const row = await selectMemberProfileRow(trx, memberId);
    if (!row) throw new NotFoundError('member', memberId);
    if (headline !== undefined || about !== undefined) {
      await trx.updateTable('members').set({ headline, about }).where('member_id', '=', memberId).execute();
    }
    if (skills) {
      await trx.deleteFrom('member_skills').where('member_id', '=', memberId).execute();
      const seen = new Set<string>();
      // The first spelling of each skill wins; the table's key is case-sensitive, the member's list is not.
      const distinct = skills.filter(
        (skill) => !seen.has(skill.toLowerCase()) && seen.add(skill.toLowerCase()),
      );
      if (distinct.length > 0)
        await trx
          .insertInto('member_skills')
          .values(distinct.map((skill) => ({ member_id: memberId, skill })))
          .execute();
    }
    const profile = await getMemberProfile({ ...context, db: trx }, viewer, { memberId }, signal);
    await reindexMember(trx, { ...row, headline: profile.headline, about: profile.about }, profile);
    return profile;
  });
}

/** Replaces the member's search document with one built from the profile as it now reads. */
async function reindexMember(
  db: Kysely<Database>,
  row: NonNullable<Awaited<ReturnType<typeof selectMemberProfileRow>>>,
  profile: MemberProfile,
): Promise<void> {
  // search_docs is not in the typed schema: on SQLite it is an FTS5 virtual table.
  await sql`delete from search_docs where kind = 'member' and ref = ${String(profile.memberId)}`.execute(db);
  await indexSearchDocuments(db, [
    memberSearchDocument(
      {
        member: { ...row, member_id: profile.memberId },
        positions: profile.positions.map((position) => ({
          title: position.title,
          company_id: position.company.companyId,
          description: position.description,
          start_date: position.startDate,
          end_date: position.endDate,
        })),
        skills: profile.skills,
      },
      new Map(profile.positions.map((position) => [position.company.companyId, position.company.name])),
    ),
  ]);
}
