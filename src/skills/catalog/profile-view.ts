import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { invalidArgument } from '../invalid-argument.ts';
import { clip } from '../render-lines.ts';
import { idArg } from './llm-args.ts';
import { memberSummaryOutput, renderMemberSummary, toMemberSummaryOutput } from './member-summary.ts';
import { skillExamples } from './skill-examples.ts';

const SECTIONS = ['about', 'experience', 'education', 'skills', 'contact'] as const;
const ABOUT_CHARS = 600;

export const profileView = defineSkill({
  name: 'profile_view',
  description:
    "View a member's profile: headline, about, experience, education and skills; contact details only on the asking member's own profile.",
  whenToUse:
    'When the question is about a specific person (by member_id) or about the asking member themself ("my profile", "my experience"); omit member_id for the asking member.',
  examples: skillExamples('profile_view'),
  input: z.object({
    member_id: idArg('the member; omit for the asking member').optional(),
    sections: z
      .array(z.enum(SECTIONS))
      .max(SECTIONS.length)
      .optional()
      .describe('parts to include, default all; contact is private to the member'),
  }),
  output: memberSummaryOutput.extend({
    about: z.string().optional(),
    industry: z.string().nullable(),
    occupation: z.object({ onet_code: z.string(), title: z.string() }).nullable(),
    experience: z
      .array(
        z.object({
          title: z.string(),
          company_id: z.number().int(),
          company: z.string(),
          from: z.string(),
          to: z.string().nullable(),
        }),
      )
      .optional(),
    education: z
      .array(
        z.object({ school: z.string(), degree: z.string(), field: z.string(), end_year: z.number().int() }),
      )
      .optional(),
    skills: z.array(z.string()).optional(),
    connection_count: z.number().int(),
    /** Present only when the asking member views their own profile. */
    contact: z
      .object({
        email: z.string(),
        phone: z.string(),
        desired_salary: z.number().nullable(),
        open_to_work: z.boolean(),
      })
      .optional(),
    /** Set when private sections were asked for on someone else's profile. */
    withheld: z.string().optional(),
  }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const memberId = input.member_id ?? viewer.memberId;
    if (memberId === null) {
      throw invalidArgument('member_id', 'required when no member is signed in');
    }
    const wanted = new Set(input.sections ?? SECTIONS);
    const profile = await network.getMemberProfile(viewer, { memberId }, signal);
    // The API already withholds private fields from everyone but the member; checked again here so
    // that no mapping mistake can leak them.
    const own = viewer.memberId === profile.memberId;
    const contact = own && profile.private && wanted.has('contact') ? profile.private : null;
    return {
      ...toMemberSummaryOutput(profile),
      about: wanted.has('about') ? clip(profile.about, ABOUT_CHARS) : undefined,
      industry: profile.industry,
      occupation: profile.occupation && {
        onet_code: profile.occupation.onetCode,
        title: profile.occupation.title,
      },
      experience: wanted.has('experience')
        ? profile.positions.map((position) => ({
            title: position.title,
            company_id: position.company.companyId,
            company: position.company.name,
            from: position.startDate,
            to: position.endDate,
          }))
        : undefined,
      education: wanted.has('education')
        ? profile.education.map((entry) => ({
            school: entry.school,
            degree: entry.degree,
            field: entry.field,
            end_year: entry.endYear,
          }))
        : undefined,
      skills: wanted.has('skills') ? profile.skills : undefined,
      connection_count: profile.connectionCount,
      contact: contact
        ? {
            email: contact.email,
            phone: contact.phone,
            desired_salary: contact.desiredSalary,
            open_to_work: contact.openToWork,
          }
        : undefined,
      withheld:
        wanted.has('contact') && !own
          ? 'contact details, desired salary and open-to-work status are private to the member'
          : undefined,
    };
  },
  render: (profile) => [
    renderMemberSummary(profile),
    [
      profile.industry && `industry: ${profile.industry}`,
      profile.occupation && `occupation: ${profile.occupation.title} (${profile.occupation.onet_code})`,
      `${profile.connection_count} connections`,
    ]
      .filter(Boolean)
      .join(' · '),
    ...(profile.contact
      ? [
          `contact (private, own profile): ${profile.contact.email} · ${profile.contact.phone} · desired salary ${profile.contact.desired_salary ?? 'not set'} · open to work: ${profile.contact.open_to_work ? 'yes' : 'no'}`,
        ]
      : []),
    ...(profile.withheld ? [`withheld: ${profile.withheld}`] : []),
    ...(profile.about ? [`about: ${profile.about}`] : []),
    ...(profile.skills ? [`skills: ${profile.skills.join(', ') || 'none listed'}`] : []),
    ...(profile.experience ?? []).map(
      (position) =>
        `experience: ${position.title} at ${position.company} (company_id ${position.company_id}), ${position.from}–${position.to ?? 'present'}`,
    ),
    ...(profile.education ?? []).map(
      (entry) => `education: ${entry.degree} ${entry.field}, ${entry.school} (${entry.end_year})`,
    ),
  ],
});
