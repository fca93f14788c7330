import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { UNDISCLOSED_EMPLOYER_ID } from './posting-company-id.ts';

const db = openTestDatabase();
afterAll(() => db.destroy());

const count = async (
  table:
    | 'jobs'
    | 'companies'
    | 'occupations'
    | 'occupation_titles'
    | 'occupation_technologies'
    | 'occupation_tasks'
    | 'related_occupations',
) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('taxonomy import', () => {
  it('has every O*NET row (technology rows have no repeated occupation/technology pair to drop)', async () => {
    expect(await count('occupations')).toBe(1016);
    expect(await count('occupation_titles')).toBe(56_560);
    expect(await count('occupation_technologies')).toBe(32_627);
    expect(await count('occupation_tasks')).toBe(18_796);
    expect(await count('related_occupations')).toBe(18_460);
  });

  it('keeps job zones and the Hot / In Demand flags', async () => {
    const chief = await db
      .selectFrom('occupations')
      .selectAll()
      .where('onet_code', '=', '11-1011.00')
      .executeTakeFirstOrThrow();
    expect(chief).toMatchObject({ title: 'Chief Executives', job_zone: 5 });
    const acrobat = await db
      .selectFrom('occupation_technologies')
      .selectAll()
      .where('onet_code', '=', '11-1011.00')
      .where('technology', '=', 'Adobe Acrobat')
      .executeTakeFirstOrThrow();
    expect(acrobat).toMatchObject({ hot: 1, in_demand: 0, commodity_code: '43232202' });
  });
});

describe('companies import', () => {
  it('has all 1,438 dataset companies plus one per employer known only from postings', async () => {
    const bySource = await db
      .selectFrom('companies')
      .select(['source', (eb) => eb.fn.countAll().as('n')])
      .groupBy('source')
      .execute();
    expect(Object.fromEntries(bySource.map((row) => [row.source, Number(row.n)]))).toEqual({
      dataset: 1438,
      postings: 864, // 863 company ids the dataset lacks + the undisclosed employer
    });
  });

  it('keeps company_id and takes the latest employee and follower counts', async () => {
    const nxp = await db
      .selectFrom('companies')
      .selectAll()
      .where('company_id', '=', 1088)
      .executeTakeFirstOrThrow();
    expect(nxp).toMatchObject({ name: 'NXP Semiconductors', source: 'dataset' });
    // 13345578 has five counts rows; the newest (1713554290) wins.
    const staffing = await db
      .selectFrom('companies')
      .selectAll()
      .where('company_id', '=', 13345578)
      .executeTakeFirstOrThrow();
    expect(staffing).toMatchObject({ employee_count: 283, follower_count: 88_373 });
  });

  it('describes employers known only from postings in readable sentences', async () => {
    const skf = await db
      .selectFrom('companies')
      .selectAll()
      .where('company_id', '=', 4592)
      .executeTakeFirstOrThrow();
    expect(skf).toMatchObject({ name: 'SKF Group', source: 'postings' });
    expect(skf.description).toMatch(/^.*SKF Group has 36 openings on Dossier: /);
    const undisclosed = await db
      .selectFrom('companies')
      .selectAll()
      .where('company_id', '=', UNDISCLOSED_EMPLOYER_ID)
      .executeTakeFirstOrThrow();
    expect(undisclosed.name).toBe('Undisclosed employer');
    expect(undisclosed.description).toMatch(/91 openings/);
  });

  it('indexes every company for search', async () => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from search_docs where kind = 'company'`.execute(db);
    expect(Number(rows[0]?.n)).toBe(1438 + 864);
  });
});

describe('jobs import', () => {
  it('has all 1,165 postings with their own job_id, each linked to an existing company', async () => {
    expect(await count('jobs')).toBe(1165);
    const ids = await db
      .selectFrom('jobs')
      .select('job_id')
      .where('job_id', 'in', [921716, 3902356107, 3904388204])
      .execute();
    expect(ids.map((row) => row.job_id).sort((a, b) => a - b)).toEqual([921716, 3902356107, 3904388204]);
    const orphans = await db
      .selectFrom('jobs')
      .leftJoin('companies', 'companies.company_id', 'jobs.company_id')
      .select('jobs.job_id')
      .where('companies.company_id', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
    const undisclosed = await db
      .selectFrom('jobs')
      .select('job_id')
      .where('company_id', '=', UNDISCLOSED_EMPLOYER_ID)
      .execute();
    expect(undisclosed).toHaveLength(91);
  });

  it.each([
    // job_id, pay period, published min/med/max, yearly min/med/max
    [921716, 'HOURLY', [17, null, 20], [35_360, null, 41_600]],
    [280496925, 'MONTHLY', [4061, null, 4817], [48_732, null, 57_804]],
    [2264355, 'MONTHLY', [null, 350, null], [null, 4200, null]],
    [10998357, 'YEARLY', [45_000, null, 65_000], [45_000, null, 65_000]],
  ] as const)('normalises the salary of job %i (%s)', async (jobId, period, published, yearly) => {
    const job = await db.selectFrom('jobs').selectAll().where('job_id', '=', jobId).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ pay_period: period, currency: 'USD', compensation_type: 'BASE_SALARY' });
    expect([job.min_salary, job.med_salary, job.max_salary]).toEqual(published);
    expect([job.yearly_min, job.yearly_med, job.yearly_max]).toEqual(yearly);
  });

  it('parses location, remote flag, work type, experience level, times and links', async () => {
    const job = await db
      .selectFrom('jobs')
      .selectAll()
      .where('job_id', '=', 921716)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      company_id: 2774458,
      title: 'Marketing Coordinator',
      location: 'Princeton, NJ',
      city: 'Princeton',
      state: 'NJ',
      country: 'US',
      remote: 0,
      work_type: 'FULL_TIME',
      listed_at: 1713397508000,
      posting_url: 'https://www.linkedin.com/jobs/view/921716/?trk=jobs_biz_prem_srch',
    });
    const remote = await db
      .selectFrom('jobs')
      .selectAll()
      .where('job_id', '=', 3902356107)
      .executeTakeFirstOrThrow();
    expect(remote).toMatchObject({ remote: 1, experience_level: 'Mid-Senior level', work_type: 'FULL_TIME' });
  });

  it('stores the taxonomy skills the text mentions and indexes every job', async () => {
    const skills = await db.selectFrom('job_skills').select('skill').where('job_id', '=', 921716).execute();
    expect(skills.map((row) => row.skill)).toEqual(
      expect.arrayContaining([
        'Adobe InDesign',
        'Adobe Illustrator',
        'Adobe Photoshop',
        'Microsoft Office software',
      ]),
    );
    const unknown = await db
      .selectFrom('job_skills')
      .leftJoin('occupation_technologies', 'occupation_technologies.technology', 'job_skills.skill')
      .select('job_skills.skill')
      .where('occupation_technologies.technology', 'is', null)
      .execute();
    expect(unknown).toEqual([]);
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from search_docs where kind = 'job'`.execute(db);
    expect(Number(rows[0]?.n)).toBe(1165);
  });
});
