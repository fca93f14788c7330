import type { Insertable } from 'kysely';
import type { MemberPositionTable, MemberTable } from '../db/schema.ts';
import type { SearchDocument } from '../search/search-document.ts';

/** The public columns a member's search document is built from (import and profile edits both build it). */
export interface MemberSearchSource {
  member: Pick<
    Insertable<MemberTable>,
    'member_id' | 'first_name' | 'last_name' | 'headline' | 'about' | 'city' | 'state'
  >;
  positions: Pick<
    Insertable<MemberPositionTable>,
    'title' | 'company_id' | 'description' | 'start_date' | 'end_date'
  >[];
  skills: string[];
}

/**
 * A member's search document: public profile text only; email, phone, desired salary and
 * open-to-work never reach the index.
 */
export function memberSearchDocument(
  { member, positions, skills }: MemberSearchSource,
  companyName: ReadonlyMap<number, string>,
): SearchDocument {
  return {
    kind: 'member' as const,
    ref: String(member.member_id),
    title: `${member.first_name} ${member.last_name} — ${member.headline}`,
    body: [
      member.about,
      skills.join(', '),
      positions
        .map(
          (p) =>
            `${p.title} at ${companyName.get(p.company_id) ?? ''} (${p.start_date} – ${p.end_date ?? 'present'}). ${p.description}`,
        )
        .join('\n'),
      [member.city, member.state].filter(Boolean).join(', '),
    ].join('\n\n'),
  };
}
