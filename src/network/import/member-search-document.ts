import type { SearchDocument } from '../search/search-document.ts';
import type { GeneratedMember } from './members/generate-member.ts';

/**
 * A member's search document: public profile text only; email, phone, desired salary and
 * open-to-work never reach the index.
 */
export function memberSearchDocument(
  { member, positions, skills }: Pick<GeneratedMember, 'member' | 'positions' | 'skills'>,
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
