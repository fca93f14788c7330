import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

// The ONLY module that reads the members table. Everything else gets members through these
// functions, which select public columns only; the private fields (email, phone, desired salary,
// open to work) are read by `selectPrivateMemberFields`, which requires the viewer to be the member.

export interface MemberLocation {
  city: string | null;
  state: string | null;
  country: string | null;
}

/** A member as anyone may see them in a list: search results, post authors, connections. */
export interface MemberSummary {
  memberId: number;
  name: string;
  headline: string;
  location: MemberLocation;
}

/** Fields only the member themself may see. */
export interface MemberPrivateFields {
  email: string;
  phone: string;
  desiredSalary: number | null;
  openToWork: boolean;
}

const SUMMARY_COLUMNS = [
  'members.member_id',
  'members.first_name',
  'members.last_name',
  'members.headline',
  'members.city',
  'members.state',
  'members.country',
] as const;

/** The members table with public summary columns selected; callers add joins and filters. */
export function selectMemberSummaryRows(db: Kysely<Database>) {
  return db.selectFrom('members').select(SUMMARY_COLUMNS);
}

export type MemberSummaryRow = Awaited<
  ReturnType<ReturnType<typeof selectMemberSummaryRows>['executeTakeFirstOrThrow']>
>;

export function toMemberSummary(row: MemberSummaryRow): MemberSummary {
  return {
    memberId: Number(row.member_id),
    name: `${row.first_name} ${row.last_name}`.trim(),
    headline: row.headline,
    location: { city: row.city, state: row.state, country: row.country },
  };
}

/** Summaries of the given members, by id (missing ids are absent). */
export async function selectMemberSummaries(
  db: Kysely<Database>,
  memberIds: readonly number[],
): Promise<Map<number, MemberSummary>> {
  if (memberIds.length === 0) return new Map();
  const rows = await selectMemberSummaryRows(db)
    .where('members.member_id', 'in', [...new Set(memberIds)])
    .execute();
  return new Map(rows.map((row) => [Number(row.member_id), toMemberSummary(row)]));
}

/** The public profile columns beyond the summary. */
export async function selectMemberProfileRow(db: Kysely<Database>, memberId: number) {
  return selectMemberSummaryRows(db)
    .select(['members.about', 'members.industry', 'members.onet_code', 'members.joined_at'])
    .where('members.member_id', '=', memberId)
    .executeTakeFirst();
}

/** The private fields, only when the viewer is the member; null for anyone else. */
export async function selectPrivateMemberFields(
  db: Kysely<Database>,
  viewerMemberId: number | null,
  memberId: number,
): Promise<MemberPrivateFields | null> {
  if (viewerMemberId === null || viewerMemberId !== memberId) return null;
  const row = await db
    .selectFrom('members')
    .select(['email', 'phone', 'desired_salary', 'open_to_work'])
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    email: row.email,
    phone: row.phone,
    desiredSalary: row.desired_salary === null ? null : Number(row.desired_salary),
    openToWork: Number(row.open_to_work) === 1,
  };
}
