import { z } from 'zod';

// What the pages read from the network's JSON API (README "HTTP API"): the fields shown, checked at
// the boundary; other fields pass through unread.

const memberSummary = z.object({
  memberId: z.number(),
  name: z.string(),
  headline: z.string(),
  location: z.object({ city: z.string().nullable(), state: z.string().nullable() }),
});
export type MemberSummary = z.infer<typeof memberSummary>;

export const postSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  excerpt: z.string(),
  url: z.string().nullable(),
  authors: z.array(memberSummary),
  tags: z.array(z.string()),
});
export type PostSummary = z.infer<typeof postSummarySchema>;

export const feedPageSchema = z.object({
  items: z.array(postSummarySchema),
  nextCursor: z.string().nullable(),
});
export const postSchema = postSummarySchema.extend({ body: z.string() });

const yearly = z.object({
  min: z.number().nullable(),
  median: z.number().nullable(),
  max: z.number().nullable(),
});
export const jobSummarySchema = z.object({
  jobId: z.number(),
  title: z.string(),
  company: z.object({ companyId: z.number(), name: z.string() }),
  location: z.object({ text: z.string(), remote: z.boolean() }),
  workType: z.string().nullable(),
  experienceLevel: z.string().nullable(),
  salary: z.object({ currency: z.string().nullable(), yearly }).nullable(),
  listedAt: z.string().nullable(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobSchema = jobSummarySchema.extend({
  description: z.string(),
  skills: z.array(z.string()),
  applicationUrl: z.string().nullable(),
  postingUrl: z.string().nullable(),
});

export const searchPageSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), total: z.number(), limit: z.number(), offset: z.number() });

export const companySchema = z.object({
  companyId: z.number(),
  name: z.string(),
  description: z.string(),
  location: z.object({
    city: z.string().nullable(),
    state: z.string().nullable(),
    country: z.string().nullable(),
  }),
  employeeCount: z.number().nullable(),
  followerCount: z.number().nullable(),
  industries: z.array(z.string()),
  specialities: z.array(z.string()),
  url: z.string().nullable(),
  jobCount: z.number(),
});

export const memberProfileSchema = memberSummary.extend({
  about: z.string(),
  industry: z.string().nullable(),
  positions: z.array(
    z.object({
      title: z.string(),
      company: z.object({ companyId: z.number(), name: z.string() }),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  education: z.array(
    z.object({ school: z.string(), degree: z.string(), field: z.string(), endYear: z.number() }),
  ),
  skills: z.array(z.string()),
  connectionCount: z.number(),
});
export type MemberProfile = z.infer<typeof memberProfileSchema>;

export const articleSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  description: z.string(),
  body: z.string(),
  url: z.string().nullable(),
});
