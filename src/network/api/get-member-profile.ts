import { z } from 'zod';
import { toIsoTimestamp } from './format-values.ts';
import { integerIdSchema } from './input-schemas.ts';
import {
  type MemberPrivateFields,
  type MemberSummary,
  selectMemberProfileRow,
  selectPrivateMemberFields,
  toMemberSummary,
} from './member-projection.ts';
import type { NetworkContext } from './network-context.ts';
import { NotFoundError } from './network-errors.ts';
import type { Viewer } from './viewer.ts';

export const getMemberProfileInput = z.object({ memberId: integerIdSchema });

export interface MemberPosition {
  title: string;
  company: { companyId: number; name: string };
  description: string;
  /** YYYY-MM */
  startDate: string;
  /** YYYY-MM; null while current. */
  endDate: string | null;
}

export interface MemberEducation {
  school: string;
  degree: string;
  field: string;
  startYear: number;
  endYear: number;
}

export interface MemberProfile extends MemberSummary {
  about: string;
  industry: string | null;
  occupation: { onetCode: string; title: string } | null;
  joinedAt: string | null;
  positions: MemberPosition[];
  education: MemberEducation[];
  skills: string[];
  connectionCount: number;
  /** The private fields: present only when the viewer is this member. */
  private: MemberPrivateFields | null;
}

/** A member's profile; the private fields only for the member themself. */
export async function getMemberProfile(
  { db }: NetworkContext,
  viewer: Viewer,
  { memberId }: z.output<typeof getMemberProfileInput>,
  signal: AbortSignal,
): Promise<MemberProfile> {
  signal.throwIfAborted();
  const row = await selectMemberProfileRow(db, memberId);
  if (!row) throw new NotFoundError('member', memberId);
  const [occupation, positions, education, skills, connections, privateFields] = await Promise.all([
    row.onet_code
      ? db
          .selectFrom('occupations')
          .select(['onet_code', 'title'])
          .where('onet_code', '=', row.onet_code)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('member_positions')
      .innerJoin('companies', 'companies.company_id', 'member_positions.company_id')
      .select([
        'member_positions.title',
        'member_positions.company_id',
        'companies.name as company_name',
        'member_positions.description',
        'member_positions.start_date',
        'member_positions.end_date',
      ])
      .where('member_positions.member_id', '=', memberId)
      .orderBy('member_positions.start_date', 'desc')
      .execute(),
    db
      .selectFrom('member_education')
      .select(['school', 'degree', 'field', 'start_year', 'end_year'])
      .where('member_id', '=', memberId)
      .orderBy('end_year', 'desc')
      .execute(),
    db
      .selectFrom('member_skills')
      .select('skill')
      .where('member_id', '=', memberId)
      .orderBy('skill')
      .execute(),
    db
      .selectFrom('connections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('member_id', '=', memberId)
      .executeTakeFirstOrThrow(),
    selectPrivateMemberFields(db, viewer.memberId, memberId),
  ]);
  return {
    ...toMemberSummary(row),
    about: row.about,
    industry: row.industry,
    occupation: occupation ? { onetCode: occupation.onet_code, title: occupation.title } : null,
    joinedAt: toIsoTimestamp(row.joined_at),
    positions: positions.map((position) => ({
      title: position.title,
      company: { companyId: Number(position.company_id), name: position.company_name },
      description: position.description,
      startDate: position.start_date,
      endDate: position.end_date,
    })),
    education: education.map((entry) => ({
      school: entry.school,
      degree: entry.degree,
      field: entry.field,
      startYear: Number(entry.start_year),
      endYear: Number(entry.end_year),
    })),
    skills: skills.map((skill) => skill.skill),
    connectionCount: Number(connections.n),
    private: privateFields,
  };
}
