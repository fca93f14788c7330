import { z } from 'zod';
import type { MemberSummary } from '../../network/api/member-projection.ts';
import { joinPlace } from '../render-lines.ts';

// A member in a list (search results, post authors, skill gaps): public fields only.

export const memberSummaryOutput = z.object({
  member_id: z.number().int(),
  name: z.string(),
  headline: z.string(),
  location: z.string(),
});
export type MemberSummaryOutput = z.infer<typeof memberSummaryOutput>;

export function toMemberSummaryOutput(member: MemberSummary): MemberSummaryOutput {
  return {
    member_id: member.memberId,
    name: member.name,
    headline: member.headline,
    location: joinPlace(member.location.city, member.location.state, member.location.country),
  };
}

export function renderMemberSummary(member: MemberSummaryOutput): string {
  return [`[member_id ${member.member_id}] ${member.name}`, member.headline, member.location]
    .filter(Boolean)
    .join(' · ');
}
