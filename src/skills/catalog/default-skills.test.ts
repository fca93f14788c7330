import { afterAll, describe, expect, it } from 'vitest';
import { memberViewer } from '../../network/api/viewer.ts';
import type { SkillResult } from '../skill-result.ts';
import { createTestRegistry } from '../test-network.ts';

// Every skill against the imported test database, as member 2 asking.

const { db, registry } = createTestRegistry();
afterAll(() => db.destroy());

const JOB_ID = 3848811947; // "Senior Business Application Developer", with salary and 6 skills
const asker = memberViewer(2);

async function invoke(name: string, args: Record<string, unknown>) {
  const result = await registry.invoke(name, args, { viewer: asker });
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  // biome-ignore lint/suspicious/noExplicitAny: each test reads its own skill's output shape, checked by the skill's zod schema
  return result as Extract<SkillResult, { ok: true }> & { output: any };
}

describe('default skills on the test database', () => {
  it('people_search finds members by title words and location', async () => {
    const { output, rendered } = await invoke('people_search', { query: 'nurse', limit: 3 });
    expect(output.total).toBeGreaterThan(0);
    expect(output.people.length).toBeLessThanOrEqual(3);
    expect(rendered).toMatch(/\[member_id \d+\]/);
  });

  it('profile_view shows a public profile with experience and skills', async () => {
    const { output, rendered } = await invoke('profile_view', { member_id: 1 });
    expect(output).toMatchObject({ member_id: 1, name: 'Iva Howell' });
    expect(output.experience.length).toBeGreaterThan(0);
    expect(rendered).toContain('company_id');
  });

  it('job_search maps lower-case enums to the API and keeps ids', async () => {
    const { output, rendered } = await invoke('job_search', {
      query: 'nurse',
      work_type: 'full_time',
      limit: 5,
    });
    expect(output.total).toBeGreaterThan(0);
    for (const job of output.jobs) expect(job.work_type).toBe('full_time');
    expect(rendered).toMatch(/\[job_id \d+\] .* \(company_id \d+\)/);
  });

  it('job_details returns the description, skills and yearly pay', async () => {
    const { output, rendered } = await invoke('job_details', { job_id: JOB_ID });
    expect(output.title).toBe('Senior Business Application Developer');
    expect(output.skills).toHaveLength(6);
    expect(output.salary).toMatch(/a year$/);
    expect(rendered).toContain(`[job_id ${JOB_ID}]`);
  });

  it('similar_jobs ranks other postings with shared skills', async () => {
    const { output } = await invoke('similar_jobs', { job_id: JOB_ID, limit: 3 });
    expect(output.similar.length).toBeGreaterThan(0);
    expect(output.similar.map((job: { job_id: number }) => job.job_id)).not.toContain(JOB_ID);
  });

  it('company_profile resolves a company by name', async () => {
    const { output, rendered } = await invoke('company_profile', { name: 'Metropolitan Council' });
    expect(output.company_id).toBe(219963);
    expect(rendered).toContain('[company_id 219963]');
  });

  it("company_jobs lists a company's postings", async () => {
    const { output } = await invoke('company_jobs', { company_id: 219963 });
    expect(output.total).toBe(2);
    for (const job of output.jobs) expect(job.company_id).toBe(219963);
  });

  it('post_view reads a post with its authors', async () => {
    const { output, rendered } = await invoke('post_view', { slug: '2014-03-19-hello-world-we-are-18f' });
    expect(output.title).toBe('Hello, world! We are 18F');
    expect(output.body.length).toBeGreaterThan(100);
    expect(rendered).toContain('[slug 2014-03-19-hello-world-we-are-18f]');
  });

  it('feed_search finds posts by tag and by topic', async () => {
    const byTag = await invoke('feed_search', { tag: 'how we work', limit: 2 });
    expect(byTag.output.total).toBe(151);
    const byTopic = await invoke('feed_search', { query: 'accessibility' });
    expect(byTopic.rendered).toMatch(/\[slug [a-z0-9-]+\]/);
  });

  it('article_search finds interview guides', async () => {
    const { output, rendered } = await invoke('article_search', { query: 'resume' });
    expect(output.articles.length).toBeGreaterThan(0);
    expect(rendered).toMatch(/\[article_id [\w./-]+\]/);
  });

  it('skill_gap compares the asking member by default', async () => {
    const { output } = await invoke('skill_gap', { job_id: JOB_ID });
    expect(output.member_id).toBe(2);
    expect(output.matched.length + output.missing.length).toBe(6);
  });

  it('salary_insights gives yearly quartiles and cites postings', async () => {
    const { output, rendered } = await invoke('salary_insights', { title: 'nurse' });
    expect(output.matched_postings).toBeGreaterThan(0);
    const usd = output.by_currency[0];
    expect(usd.p25).toBeLessThanOrEqual(usd.median);
    expect(rendered).toContain('job_id');
  });

  it('occupation_insights gives tasks, related occupations and hot technologies', async () => {
    const byTitle = await invoke('occupation_insights', { title: 'software developer' });
    expect(byTitle.output.onet_code).toMatch(/^15-/);
    expect(byTitle.output.tasks.length).toBeGreaterThan(0);
    expect(byTitle.output.related_occupations.length).toBeGreaterThan(0);
    expect(byTitle.output.hot_technologies.length).toBeGreaterThan(0);
    const byCode = await invoke('occupation_insights', { onet_code: '11-9071.00' });
    expect(byCode.output.title).toBe('Gambling Managers');
    expect(byCode.output.description).not.toBe('');
  });

  it('web_search (bundled) answers from articles and posts with their URLs', async () => {
    const { output, rendered } = await invoke('web_search', { query: 'interview questions', count: 4 });
    expect(output.engine).toBe('bundled');
    expect(output.results.length).toBeGreaterThan(0);
    expect(output.results.length).toBeLessThanOrEqual(4);
    expect(rendered).toMatch(/\[url \S+\]/);
  });

  it('every rendering stays within its token budget', async () => {
    for (const skill of registry.list()) {
      expect(skill.maxRenderTokens).toBeGreaterThan(0);
    }
    const { rendered } = await invoke('job_search', { limit: 20 });
    const { estimateTokens } = await import('../estimate-tokens.ts');
    expect(estimateTokens(rendered)).toBeLessThanOrEqual(registry.get('job_search')?.maxRenderTokens ?? 0);
    expect(rendered).toMatch(/more line\(s\) omitted$/);
  });
});
