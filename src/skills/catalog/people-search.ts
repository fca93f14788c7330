import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { idArg, locationArg, resultLimitArg } from './llm-args.ts';
import { memberSummaryOutput, renderMemberSummary, toMemberSummaryOutput } from './member-summary.ts';
import { skillExamples } from './skill-examples.ts';

export const peopleSearch = defineSkill({
  name: 'people_search',
  description:
    'Search members of the network by name, headline, job title or skill, optionally by location or current company.',
  whenToUse:
    'To find people: who works somewhere or in some role, professionals with a skill, someone by name, possible contacts or mentors.',
  examples: skillExamples('people_search'),
  input: z.object({
    query: z.string().max(300).optional().describe('name, title, headline or skill words'),
    location: locationArg,
    company_id: idArg('only members currently at this company').optional(),
    skill: z.string().max(200).optional().describe('only members listing this skill, e.g. "Python"'),
    limit: resultLimitArg(5),
  }),
  output: z.object({ total: z.number().int(), people: z.array(memberSummaryOutput) }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const page = await network.searchPeople(
      viewer,
      {
        query: input.query,
        location: input.location,
        companyId: input.company_id,
        skill: input.skill,
        limit: input.limit,
      },
      signal,
    );
    return { total: page.total, people: page.items.map(toMemberSummaryOutput) };
  },
  render: (output) => [
    `${output.total} member(s) found; showing ${output.people.length}:`,
    ...output.people.map(renderMemberSummary),
  ],
});
