import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { NetworkApiInput, NetworkApiName } from './create-network.ts';

export type SampleInputs = { [Name in NetworkApiName]: NetworkApiInput<Name> };

/**
 * One valid input per API, built from the imported data and aimed at `memberId`'s data where an
 * API can return members. The mapped type makes a new API fail to compile until it has a sample,
 * so tests that iterate over every API (privacy) cannot miss one.
 */
export async function sampleInputs(db: Kysely<Database>, memberId: number): Promise<SampleInputs> {
  const member = await db
    .selectFrom('members')
    .select(['first_name', 'last_name', 'city', 'state'])
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow();
  const job = await db.selectFrom('job_skills').select('job_id').orderBy('job_id').executeTakeFirstOrThrow();
  const company = await db
    .selectFrom('jobs')
    .select('company_id')
    .orderBy('job_id')
    .executeTakeFirstOrThrow();
  const byline = await db
    .selectFrom('post_authors')
    .select(['slug', 'member_id'])
    .orderBy('slug')
    .executeTakeFirstOrThrow();
  const article = await db
    .selectFrom('articles')
    .select('article_id')
    .orderBy('article_id')
    .executeTakeFirstOrThrow();
  const name = `${member.first_name} ${member.last_name}`;
  return {
    getMemberProfile: { memberId },
    listConnections: { memberId, limit: 100 },
    searchPeople: { query: name, location: member.state ?? undefined, limit: 100 },
    getJob: { jobId: Number(job.job_id) },
    searchJobs: { query: 'engineer', limit: 100 },
    findSimilarJobs: { jobId: Number(job.job_id), limit: 50 },
    getCompany: { companyId: Number(company.company_id) },
    searchCompanies: { query: 'software', limit: 100 },
    listCompanyJobs: { companyId: Number(company.company_id), limit: 100 },
    getPost: { slug: byline.slug },
    getFeed: { limit: 100 },
    searchPosts: { authorId: Number(byline.member_id), limit: 100 },
    searchArticles: { query: 'interview', limit: 100 },
    getArticle: { articleId: article.article_id },
    findOccupations: { title: 'software developer', limit: 50 },
    getOccupationProfile: { onetCode: '15-1252.00', taskLimit: 100, relatedLimit: 50, technologyLimit: 200 },
    getOccupationSkills: { onetCode: '15-1252.00', limit: 500 },
    computeSkillGap: { jobId: Number(job.job_id), memberId },
    getSalaryStatistics: { title: 'engineer' },
    extractSkills: { text: `${name} knows Python and SQL` },
    getAboutData: {},
  };
}
