import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { createNetwork } from './create-network.ts';
import { ANONYMOUS_VIEWER } from './viewer.ts';

const db = openTestDatabase();
const network = createNetwork(db);
afterAll(() => db.destroy());

describe('searchJobs', () => {
  it('finds a known posting first for its own title and city', async () => {
    const page = await network.searchJobs(ANONYMOUS_VIEWER, {
      query: 'Flight Software Engineer',
      location: 'Webster, TX',
    });
    expect(page.items[0]?.jobId).toBe(3803052628);
    expect(page.items[0]?.snippet).toContain('«');
  });

  it('ranks real postings in the top 5 for their own title and city', async () => {
    // Every 40th posting with a US city: a spread of titles, cities and companies.
    const postings = await db
      .selectFrom('jobs')
      .select(['job_id', 'title', 'city', 'state'])
      .where('city', 'is not', null)
      .where('state', 'is not', null)
      .orderBy('job_id')
      .execute();
    const sample = postings.filter((_, index) => index % 40 === 0);
    expect(sample.length).toBeGreaterThan(10);
    const misses = [];
    for (const posting of sample) {
      const page = await network.searchJobs(ANONYMOUS_VIEWER, {
        query: posting.title,
        location: `${posting.city}, ${posting.state}`,
        limit: 5,
      });
      if (!page.items.some((item) => item.jobId === Number(posting.job_id))) misses.push(posting.title);
    }
    expect(misses).toEqual([]);
  });

  it('filters by state, remote, work type, experience level, company and date', async () => {
    const inTexas = await network.searchJobs(ANONYMOUS_VIEWER, {
      query: 'engineer',
      location: 'Texas',
      limit: 100,
    });
    expect(inTexas.total).toBeGreaterThan(0);
    expect(inTexas.items.every((job) => job.location.state === 'TX')).toBe(true);

    const remote = await network.searchJobs(ANONYMOUS_VIEWER, {
      remote: true,
      workType: 'CONTRACT',
      limit: 100,
    });
    expect(remote.total).toBeGreaterThan(0);
    expect(remote.items.every((job) => job.location.remote && job.workType === 'CONTRACT')).toBe(true);

    const senior = await network.searchJobs(ANONYMOUS_VIEWER, { experienceLevel: 'Director', limit: 100 });
    expect(senior.items.every((job) => job.experienceLevel === 'Director')).toBe(true);

    const atCompany = await network.searchJobs(ANONYMOUS_VIEWER, { companyId: 11056, limit: 100 });
    expect(atCompany.items.every((job) => job.company.companyId === 11056)).toBe(true);
    const byName = await network.searchJobs(ANONYMOUS_VIEWER, { company: 'insight global', limit: 100 });
    expect(byName.items.map((job) => job.jobId)).toEqual(
      expect.arrayContaining(atCompany.items.map((j) => j.jobId)),
    );

    const day = await network.searchJobs(ANONYMOUS_VIEWER, {
      postedAfter: '2024-04-18',
      postedBefore: '2024-04-18',
    });
    expect(day.total).toBeGreaterThan(0);
    expect(day.items.every((job) => job.listedAt?.startsWith('2024-04-18'))).toBe(true);
  });

  it('pages with a stable total', async () => {
    const first = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'manager', limit: 10 });
    const second = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'manager', limit: 10, offset: 10 });
    expect(second.total).toBe(first.total);
    expect(second.items.map((j) => j.jobId)).not.toContain(first.items[0]?.jobId);
    const beyond = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'manager', offset: first.total + 5 });
    expect(beyond).toMatchObject({ items: [], total: first.total });
  });

  it('treats search syntax as plain words and relaxes to any word when all find nothing', async () => {
    const hostile = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'title:"engineer" OR NEAR(* ^' });
    expect(hostile.total).toBeGreaterThan(0);
    const relaxed = await network.searchJobs(ANONYMOUS_VIEWER, { query: 'python zyzzyvaqq' });
    expect(relaxed.matched).toBe('any');
    expect(relaxed.total).toBeGreaterThan(0);
  });

  it('rejects bad input naming the field', async () => {
    await expect(network.searchJobs(ANONYMOUS_VIEWER, { limit: 500 })).rejects.toThrow(/limit/);
    await expect(network.searchJobs(ANONYMOUS_VIEWER, { query: 'x'.repeat(501) })).rejects.toThrow(/query/);
    await expect(network.searchJobs(ANONYMOUS_VIEWER, { postedAfter: 'yesterday' })).rejects.toThrow(
      /postedAfter/,
    );
  });
});
