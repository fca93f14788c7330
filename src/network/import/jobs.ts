import { insertInBatches } from '../db/insert-in-batches.ts';
import type { JobTable } from '../db/schema.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import { createSkillExtractor } from '../taxonomy/extract-skills.ts';
import { loadSkillVocabulary } from '../taxonomy/load-skill-vocabulary.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { plausibleYearlySalary } from './normalise-salary.ts';
import { normaliseWorkType } from './normalise-work-type.ts';
import { type ParsedLocation, parseLocation } from './parse-location.ts';
import { postingCompanyIds } from './posting-company-id.ts';
import { readPostings } from './read-postings.ts';

/**
 * Imports every posting (keeping job_id) linked to its company (the companies step has created them
 * all), with yearly salaries, parsed locations, normalised work types and the O*NET technologies its
 * text mentions, and indexes each for search.
 */
export async function importJobs({ db, dataDir, signal, progress }: ImportContext): Promise<ImportCounts> {
  const [postings, datasetCompanies, vocabulary] = await Promise.all([
    readPostings(dataDir),
    db.selectFrom('companies').select(['company_id as id', 'name']).where('source', '=', 'dataset').execute(),
    loadSkillVocabulary(db, signal),
  ]);
  const companyNames = new Map(
    (await db.selectFrom('companies').select(['company_id', 'name']).execute()).map((c) => [
      c.company_id,
      c.name,
    ]),
  );
  const extractor = createSkillExtractor(vocabulary);
  const companyIds = postingCompanyIds(datasetCompanies, postings);
  signal.throwIfAborted();
  progress.total(postings.length);

  const locations = postings.map((p) => parseLocation(p.location, p.remote_allowed));
  const stateOfCity = statesOfCities(locations);
  const jobs: JobTable[] = [];
  const jobSkills: { job_id: number; skill: string }[] = [];
  const documents = [];
  for (const [index, posting] of postings.entries()) {
    const location = locations[index] as ParsedLocation;
    const state = location.state ?? (location.city ? (stateOfCity.get(location.city) ?? null) : null);
    const companyId = companyIds[index] as number;
    const skills = extractor.extract(
      `${posting.title}\n${posting.description}\n${posting.skills_desc ?? ''}`,
    );
    jobs.push({
      job_id: posting.job_id,
      company_id: companyId,
      title: posting.title,
      description: posting.description,
      skills_desc: posting.skills_desc,
      location: posting.location,
      city: location.city,
      state,
      country: location.country ?? (state ? 'US' : null),
      remote: location.remote ? 1 : 0,
      work_type: normaliseWorkType(posting.work_type, posting.formatted_work_type),
      experience_level: posting.formatted_experience_level,
      pay_period: posting.pay_period,
      min_salary: posting.min_salary,
      med_salary: posting.med_salary,
      max_salary: posting.max_salary,
      currency: posting.currency,
      compensation_type: posting.compensation_type,
      yearly_min: plausibleYearlySalary(posting.min_salary, posting.pay_period),
      yearly_med: plausibleYearlySalary(posting.med_salary, posting.pay_period),
      yearly_max: plausibleYearlySalary(posting.max_salary, posting.pay_period),
      listed_at: posting.listed_time,
      expires_at: posting.expiry,
      views: posting.views,
      applies: posting.applies,
      posting_url: posting.job_posting_url,
      application_url: posting.application_url,
    });
    for (const skill of skills) jobSkills.push({ job_id: posting.job_id, skill });
    documents.push({
      kind: 'job' as const,
      ref: String(posting.job_id),
      title: posting.title,
      body: [
        companyNames.get(companyId),
        posting.location,
        posting.description,
        posting.skills_desc,
        skills.join(', '),
      ]
        .filter(Boolean)
        .join('\n'),
    });
    progress.advance();
  }
  signal.throwIfAborted();

  const counts: ImportCounts = {
    jobs: await insertInBatches(db, 'jobs', jobs),
    job_skills: await insertInBatches(db, 'job_skills', jobSkills),
  };
  await indexSearchDocuments(db, documents);
  return counts;
}

/**
 * The state of each city that postings place in exactly one state, to complete locations such as
 * "Greater Philadelphia" from "Philadelphia, PA" elsewhere.
 */
function statesOfCities(locations: readonly ParsedLocation[]): Map<string, string> {
  const states = new Map<string, Set<string>>();
  for (const { city, state } of locations) {
    if (city && state) states.set(city, (states.get(city) ?? new Set()).add(state));
  }
  return new Map(
    [...states].flatMap(([city, found]) =>
      found.size === 1 ? [[city, [...found][0] as string] as const] : [],
    ),
  );
}
