import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { createNetwork } from './create-network.ts';
import { InvalidInputError, NotFoundError } from './network-errors.ts';
import { ANONYMOUS_VIEWER, memberViewer } from './viewer.ts';

const db = openTestDatabase();
const network = createNetwork(db);
const anyone = ANONYMOUS_VIEWER;
afterAll(() => db.destroy());

describe('lookups', () => {
  it('returns a job with its company and skills, and 404s unknown ids', async () => {
    const job = await network.getJob(anyone, { jobId: 3803052628 });
    expect(job).toMatchObject({ title: 'Flight Software Engineer', company: { name: 'Insight Global' } });
    expect(job.skills).toContain('C++');
    await expect(network.getJob(anyone, { jobId: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(network.getCompany(anyone, { companyId: 1 })).rejects.toThrow('company 1 not found');
    await expect(network.getPost(anyone, { slug: 'no-such-post' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads posts by their real slugs, mixed case and underscores included', async () => {
    const hiring = await network.getPost(anyone, { slug: '2015-02-25-We-Are-Hiring' });
    expect(hiring.slug).toBe('2015-02-25-We-Are-Hiring');
    expect(hiring.body.length).toBeGreaterThan(0);
    const underscored = '2021-07-06-architecture_decision_records_helpful_now_invaluable_later';
    expect((await network.getPost(anyone, { slug: underscored })).slug).toBe(underscored);
    await expect(network.getPost(anyone, { slug: 'bad slug' })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("lists a company's jobs", async () => {
    const company = await network.getCompany(anyone, { companyId: 11056 });
    const jobs = await network.listCompanyJobs(anyone, { companyId: 11056, limit: 100 });
    expect(jobs.total).toBe(company.jobCount);
    expect(jobs.items.every((job) => job.company.companyId === 11056)).toBe(true);
  });
});

describe('feed', () => {
  it('pages newest first with a stable cursor that covers every post once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let previous = Number.POSITIVE_INFINITY;
    do {
      const page = await network.getFeed(anyone, { cursor, limit: 100 });
      for (const post of page.items) {
        expect(Date.parse(post.publishedAt)).toBeLessThanOrEqual(previous);
        previous = Date.parse(post.publishedAt);
        seen.push(post.slug);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const posts = await db
      .selectFrom('posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(new Set(seen).size).toBe(Number(posts.n));
    expect(seen.length).toBe(Number(posts.n));
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(network.getFeed(anyone, { cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});

describe('taxonomy', () => {
  it.each([
    ['software engineer', 'Software Developers'],
    ['registered nurse', 'Registered Nurses'],
    ['frontend developer', 'Web Developers'],
    ['data scientist', 'Data Scientists'],
  ])('looks up the occupation of "%s"', async (title, expected) => {
    const [best] = await network.findOccupations(anyone, { title });
    expect(best?.title).toBe(expected);
  });

  it("lists an occupation's skills hot first", async () => {
    const { skills, total } = await network.getOccupationSkills(anyone, { onetCode: '15-1252.00' });
    expect(total).toBeGreaterThan(50);
    expect(skills[0]?.hot).toBe(true);
    await expect(network.getOccupationSkills(anyone, { onetCode: '15-1252' })).rejects.toThrow(/onetCode/);
  });

  it('profiles an occupation: tasks, related occupations, hot technologies, job zone', async () => {
    const profile = await network.getOccupationProfile(anyone, { onetCode: '15-1252.00', taskLimit: 3 });
    expect(profile).toMatchObject({ onetCode: '15-1252.00', title: 'Software Developers' });
    expect(profile.jobZone).toBeGreaterThanOrEqual(1);
    expect(profile.tasks).toHaveLength(3);
    expect(profile.relatedOccupations.length).toBeGreaterThan(0);
    expect(profile.relatedOccupations[0]?.onetCode).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
    expect(profile.hotTechnologies.length).toBeGreaterThan(0);
    await expect(network.getOccupationProfile(anyone, { onetCode: '99-9999.99' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('extracts taxonomy skills from free text', async () => {
    const { skills } = await network.extractSkills(anyone, {
      text: 'Experience with Python, React and PostgreSQL',
    });
    expect(skills.map((skill) => skill.name)).toEqual(
      expect.arrayContaining(['Python', 'React', 'PostgreSQL']),
    );
  });
});

describe('skill gap', () => {
  it("splits a job's skills into matched and missing, and the member's into extra", async () => {
    const job = await network.getJob(anyone, { jobId: 3803052628 });
    const member = await db
      .selectFrom('member_skills')
      .select('member_id')
      .orderBy('member_id')
      .executeTakeFirstOrThrow();
    const memberId = Number(member.member_id);
    const gap = await network.computeSkillGap(memberViewer(memberId), { jobId: job.jobId });
    const profile = await network.getMemberProfile(anyone, { memberId });
    expect([...gap.matched, ...gap.missing].map((s) => s.name).sort()).toEqual([...job.skills].sort());
    expect(gap.extra.every((s) => profile.skills.includes(s.name) && !job.skills.includes(s.name))).toBe(
      true,
    );
    expect(gap.missing.some((s) => s.hot)).toBe(true);
    await expect(network.computeSkillGap(anyone, { jobId: job.jobId })).rejects.toThrow(/memberId/);
  });
});

describe('salary statistics', () => {
  it('summarises yearly salaries of matching postings by currency', async () => {
    const stats = await network.getSalaryStatistics(anyone, { title: 'software engineer' });
    const usd = stats.byCurrency.find((d) => d.currency === 'USD');
    expect(usd?.count).toBeGreaterThan(0);
    if (!usd) return;
    expect(usd.min).toBeLessThanOrEqual(usd.p25);
    expect(usd.p25).toBeLessThanOrEqual(usd.median);
    expect(usd.median).toBeLessThanOrEqual(usd.p75);
    expect(usd.p75).toBeLessThanOrEqual(usd.max);
    const inCalifornia = await network.getSalaryStatistics(anyone, {
      title: 'software engineer',
      location: 'CA',
    });
    expect(inCalifornia.matchedPostings).toBeLessThanOrEqual(stats.matchedPostings);
  });
});

describe('similar jobs', () => {
  it('ranks postings sharing skills or title words', async () => {
    const { items } = await network.findSimilarJobs(anyone, { jobId: 3803052628, limit: 5 });
    expect(items).toHaveLength(5);
    expect(items.map((job) => job.jobId)).not.toContain(3803052628);
    expect(items[0]?.similarity).toBeGreaterThan(0);
  });
});

describe('other searches', () => {
  it('finds people, companies, posts and articles', async () => {
    const people = await network.searchPeople(anyone, { query: 'python', location: 'NY' });
    expect(people.items.every((m) => m.location.state === 'NY')).toBe(true);
    expect(people.total).toBeGreaterThan(0);
    const companies = await network.searchCompanies(anyone, { query: 'software' });
    expect(companies.total).toBeGreaterThan(0);
    const posts = await network.searchPosts(anyone, { query: 'accessibility', publishedAfter: '2018-01-01' });
    expect(posts.items.every((p) => p.publishedAt >= '2018')).toBe(true);
    const articles = await network.searchArticles(anyone, { query: 'salary negotiation', limit: 3 });
    expect(articles.items[0]?.source).toBe('tech-interview-handbook');
  });
});
