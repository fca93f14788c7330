import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { clip, joinPlace } from '../render-lines.ts';
import { companyReferenceArgs, resolveCompanyId } from './company-reference.ts';
import { skillExamples } from './skill-examples.ts';

const DESCRIPTION_CHARS = 700;

export const companyProfile = defineSkill({
  name: 'company_profile',
  description:
    'View a company page by company_id or name: what it does, industries, specialities, size, followers, location and open job count.',
  whenToUse:
    'For questions about an employer itself: what it does, how big it is, where it is, whether it is hiring.',
  examples: skillExamples('company_profile'),
  input: z.object(companyReferenceArgs),
  output: z.object({
    company_id: z.number().int(),
    name: z.string(),
    description: z.string(),
    industries: z.array(z.string()),
    specialities: z.array(z.string()),
    location: z.string(),
    employee_count: z.number().int().nullable(),
    follower_count: z.number().int().nullable(),
    open_jobs: z.number().int(),
    url: z.string().nullable(),
  }),
  readOnly: true,
  async call(input, context) {
    const companyId = await resolveCompanyId(input, context);
    const company = await context.network.getCompany(context.viewer, { companyId }, context.signal);
    return {
      company_id: company.companyId,
      name: company.name,
      description: clip(company.description, DESCRIPTION_CHARS),
      industries: company.industries,
      specialities: company.specialities,
      location: joinPlace(company.location.city, company.location.state, company.location.country),
      employee_count: company.employeeCount,
      follower_count: company.followerCount,
      open_jobs: company.jobCount,
      url: company.url,
    };
  },
  render: (company) => [
    [
      `[company_id ${company.company_id}] ${company.name}`,
      company.location,
      company.employee_count !== null ? `${company.employee_count} employees` : null,
      company.follower_count !== null ? `${company.follower_count} followers` : null,
      `${company.open_jobs} open job(s)`,
    ]
      .filter(Boolean)
      .join(' · '),
    ...(company.industries.length > 0 ? [`industries: ${company.industries.join(', ')}`] : []),
    ...(company.url ? [`url: ${company.url}`] : []),
    ...(company.description ? [`about: ${company.description}`] : []),
    ...(company.specialities.length > 0 ? [`specialities: ${company.specialities.join(', ')}`] : []),
  ],
});
