import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface Place {
  city: string;
  state: string;
  country: string | null;
}

export interface Technology {
  name: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OccupationProfile {
  code: string;
  /** O*NET's plural title, e.g. "Software Developers". */
  title: string;
  description: string;
  jobZone: number;
  /** Short alternate titles a person would put on a profile ("Android Developer"). */
  titles: string[];
  tasks: string[];
  technologies: Technology[];
  related: string[];
  /** Median yearly salary of postings whose title is one of the occupation's titles; null when none. */
  postingSalary: number | null;
  /** How many postings carry one of the occupation's titles: a measure of demand on the network. */
  postings: number;
}

export interface Employer {
  companyId: number;
  name: string;
  industry: string | null;
  /** Where the company hires most (from its postings), else null. */
  place: Place | null;
  jobs: number;
  hasDescription: boolean;
}

export interface MemberSources {
  occupations: OccupationProfile[];
  employers: Employer[];
  /** Real city/state pairs from the postings, with how many postings each has. */
  places: { place: Place; postings: number }[];
}

/** Titles worth a profile headline: short, without qualifiers in parentheses or lists. */
const PROFILE_TITLE = /^[A-Za-z][A-Za-z0-9 .&'-]{2,40}$/;
const MIN_TECHNOLOGIES = 5;

/** Reads, in one query per table and in a fixed order, everything the member generator draws from. */
export async function loadMemberSources(db: Kysely<Database>): Promise<MemberSources> {
  const [occupations, titles, tasks, technologies, related, companies, industries, jobs] = await Promise.all([
    db
      .selectFrom('occupations')
      .select(['onet_code', 'title', 'description', 'job_zone'])
      .orderBy('onet_code')
      .execute(),
    db
      .selectFrom('occupation_titles')
      .select(['onet_code', 'title'])
      .orderBy('onet_code')
      .orderBy('title')
      .execute(),
    db.selectFrom('occupation_tasks').select(['onet_code', 'task']).orderBy('task_id').execute(),
    db
      .selectFrom('occupation_technologies')
      .select(['onet_code', 'technology', 'hot', 'in_demand'])
      .orderBy('onet_code')
      .orderBy('technology')
      .execute(),
    db
      .selectFrom('related_occupations')
      .select(['onet_code', 'related_code'])
      .orderBy('onet_code')
      .orderBy('rank')
      .execute(),
    db.selectFrom('companies').select(['company_id', 'name', 'description']).orderBy('company_id').execute(),
    db
      .selectFrom('company_industries')
      .select(['company_id', 'industry'])
      .orderBy('company_id')
      .orderBy('industry')
      .execute(),
    db
      .selectFrom('jobs')
      .select([
        'company_id',
        'title',
        'city',
        'state',
        'country',
        'remote',
        'yearly_min',
        'yearly_med',
        'yearly_max',
      ])
      .orderBy('job_id')
      .execute(),
  ]);

  const titlesOf = groupBy(
    titles,
    (row) => row.onet_code,
    (row) => row.title.trim(),
  );
  const tasksOf = groupBy(
    tasks,
    (row) => row.onet_code,
    (row) => row.task.trim(),
  );
  const relatedOf = groupBy(
    related,
    (row) => row.onet_code,
    (row) => row.related_code,
  );
  const technologiesOf = groupBy(
    technologies,
    (row) => row.onet_code,
    (row): Technology => ({ name: row.technology, hot: row.hot === 1, inDemand: row.in_demand === 1 }),
  );

  // Postings are matched to occupations by exact (case-insensitive) title.
  const codesByTitle = new Map<string, string[]>();
  for (const row of titles) {
    const key = row.title.trim().toLowerCase();
    codesByTitle.set(key, [...(codesByTitle.get(key) ?? []), row.onet_code]);
  }
  const salariesOf = new Map<string, number[]>();
  const postingsOf = new Map<string, number>();
  for (const job of jobs) {
    const yearly =
      job.yearly_med ?? (job.yearly_min && job.yearly_max ? (job.yearly_min + job.yearly_max) / 2 : null);
    for (const code of codesByTitle.get(job.title.trim().toLowerCase()) ?? []) {
      postingsOf.set(code, (postingsOf.get(code) ?? 0) + 1);
      if (yearly) salariesOf.set(code, [...(salariesOf.get(code) ?? []), yearly]);
    }
  }

  const profiles = occupations.flatMap((row): OccupationProfile[] => {
    const technologiesOfRow = technologiesOf.get(row.onet_code) ?? [];
    const tasksOfRow = tasksOf.get(row.onet_code) ?? [];
    const profileTitles = (titlesOf.get(row.onet_code) ?? []).filter((title) => PROFILE_TITLE.test(title));
    if (technologiesOfRow.length < MIN_TECHNOLOGIES || tasksOfRow.length === 0 || profileTitles.length === 0)
      return [];
    return [
      {
        code: row.onet_code,
        title: row.title,
        description: row.description,
        jobZone: row.job_zone ?? 3,
        titles: profileTitles,
        tasks: tasksOfRow,
        technologies: technologiesOfRow,
        related: relatedOf.get(row.onet_code) ?? [],
        postingSalary: median(salariesOf.get(row.onet_code) ?? []),
        postings: postingsOf.get(row.onet_code) ?? 0,
      },
    ];
  });

  const placeCounts = new Map<string, { place: Place; postings: number }>();
  const companyPlaces = new Map<number, Map<string, number>>();
  const jobCounts = new Map<number, number>();
  for (const job of jobs) {
    jobCounts.set(job.company_id, (jobCounts.get(job.company_id) ?? 0) + 1);
    if (!job.city || !job.state || job.remote) continue;
    const key = `${job.city}|${job.state}`;
    const entry = placeCounts.get(key) ?? {
      place: { city: job.city, state: job.state, country: job.country },
      postings: 0,
    };
    entry.postings++;
    placeCounts.set(key, entry);
    const counts = companyPlaces.get(job.company_id) ?? new Map<string, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    companyPlaces.set(job.company_id, counts);
  }
  const industryOf = new Map<number, string>();
  for (const row of industries)
    if (!industryOf.has(row.company_id)) industryOf.set(row.company_id, row.industry);

  const employers = companies.map((company): Employer => {
    const busiest = [...(companyPlaces.get(company.company_id) ?? [])].sort((a, b) => b[1] - a[1])[0];
    return {
      companyId: company.company_id,
      name: company.name,
      industry: industryOf.get(company.company_id) ?? null,
      place: busiest ? (placeCounts.get(busiest[0])?.place ?? null) : null,
      jobs: jobCounts.get(company.company_id) ?? 0,
      hasDescription: company.description.trim().length > 0,
    };
  });

  return { occupations: profiles, employers, places: [...placeCounts.values()] };
}

function groupBy<Row, Value>(rows: readonly Row[], key: (row: Row) => string, value: (row: Row) => Value) {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
