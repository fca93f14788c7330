import { z } from 'zod';
import { onetCodeSchema } from '../../network/api/get-occupation-skills.ts';
import { NotFoundError } from '../../network/api/network-errors.ts';
import { defineSkill } from '../define-skill.ts';
import { invalidArgument } from '../invalid-argument.ts';
import { clip } from '../render-lines.ts';
import { skillExamples } from './skill-examples.ts';

const LIMITS = { tasks: 8, related: 6, technologies: 12 };
const DESCRIPTION_CHARS = 300;

export const occupationInsights = defineSkill({
  name: 'occupation_insights',
  description:
    'O*NET facts about an occupation, by job title or O*NET code: typical tasks, related occupations (career moves) and hot technologies.',
  whenToUse:
    'For what a role involves day to day, which tools or technologies it needs, and which roles are close to it for a career change.',
  examples: skillExamples('occupation_insights'),
  input: z.object({
    title: z.string().min(1).max(200).optional().describe('job title, e.g. "data scientist"'),
    onet_code: onetCodeSchema.optional().describe('O*NET-SOC code, e.g. "15-1252.00"'),
  }),
  output: z.object({
    onet_code: z.string(),
    title: z.string(),
    description: z.string(),
    job_zone: z.number().int().nullable(),
    tasks: z.array(z.string()),
    related_occupations: z.array(z.object({ onet_code: z.string(), title: z.string() })),
    hot_technologies: z.array(z.string()),
  }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    let onetCode = input.onet_code;
    if (onetCode === undefined) {
      if (!input.title) throw invalidArgument('title', 'give title or onet_code');
      const [best] = await network.findOccupations(viewer, { title: input.title, limit: 1 }, signal);
      if (!best) throw new NotFoundError('occupation', input.title);
      onetCode = best.onetCode;
    }
    const profile = await network.getOccupationProfile(
      viewer,
      {
        onetCode,
        taskLimit: LIMITS.tasks,
        relatedLimit: LIMITS.related,
        technologyLimit: LIMITS.technologies,
      },
      signal,
    );
    return {
      onet_code: profile.onetCode,
      title: profile.title,
      description: clip(profile.description, DESCRIPTION_CHARS),
      job_zone: profile.jobZone,
      tasks: profile.tasks,
      related_occupations: profile.relatedOccupations.map((related) => ({
        onet_code: related.onetCode,
        title: related.title,
      })),
      hot_technologies: profile.hotTechnologies,
    };
  },
  render: (occupation) => [
    `[onet_code ${occupation.onet_code}] ${occupation.title}${occupation.job_zone !== null ? ` · job zone ${occupation.job_zone} of 5` : ''}`,
    ...(occupation.description ? [occupation.description] : []),
    `hot technologies: ${occupation.hot_technologies.join(', ') || 'none listed'}`,
    `related occupations: ${occupation.related_occupations.map((related) => `${related.title} (${related.onet_code})`).join('; ') || 'none listed'}`,
    ...occupation.tasks.map((task) => `task: ${task}`),
  ],
});
