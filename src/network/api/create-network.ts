import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { createSkillExtractor } from '../taxonomy/extract-skills.ts';
import { loadSkillVocabulary } from '../taxonomy/load-skill-vocabulary.ts';
import { computeSkillGap, computeSkillGapInput } from './compute-skill-gap.ts';
import { extractSkills, extractSkillsInput } from './extract-skills.ts';
import { findOccupations, findOccupationsInput } from './find-occupations.ts';
import { findSimilarJobs, findSimilarJobsInput } from './find-similar-jobs.ts';
import { getAboutData, getAboutDataInput } from './get-about-data.ts';
import { getArticle, getArticleInput } from './get-article.ts';
import { getCompany, getCompanyInput } from './get-company.ts';
import { getFeed, getFeedInput } from './get-feed.ts';
import { getJob, getJobInput } from './get-job.ts';
import { getMemberProfile, getMemberProfileInput } from './get-member-profile.ts';
import { getOccupationProfile, getOccupationProfileInput } from './get-occupation-profile.ts';
import { getOccupationSkills, getOccupationSkillsInput } from './get-occupation-skills.ts';
import { getPost, getPostInput } from './get-post.ts';
import { getSalaryStatistics, getSalaryStatisticsInput } from './get-salary-statistics.ts';
import { listCompanyJobs, listCompanyJobsInput } from './list-company-jobs.ts';
import { listConnections, listConnectionsInput } from './list-connections.ts';
import type { NetworkContext } from './network-context.ts';
import { InvalidInputError } from './network-errors.ts';
import { loadOccupationTitleIndex } from './occupation-title-index.ts';
import { searchArticles, searchArticlesInput } from './search-articles.ts';
import { searchCompanies, searchCompaniesInput } from './search-companies.ts';
import { searchJobs, searchJobsInput } from './search-jobs.ts';
import { searchPeople, searchPeopleInput } from './search-people.ts';
import { searchPosts, searchPostsInput } from './search-posts.ts';
import { updateMemberProfile, updateMemberProfileInput } from './update-member-profile.ts';
import type { Viewer } from './viewer.ts';

export interface NetworkApi<Input extends z.ZodType, Output> {
  description: string;
  input: Input;
  run(context: NetworkContext, viewer: Viewer, input: z.output<Input>, signal: AbortSignal): Promise<Output>;
}

function defineApi<Input extends z.ZodType, Output>(
  description: string,
  input: Input,
  run: NetworkApi<Input, Output>['run'],
): NetworkApi<Input, Output> {
  return { description, input, run };
}

/** Every internal API, by name: what skills wrap and the server exposes. */
export const NETWORK_APIS = {
  getMemberProfile: defineApi(
    'a member profile; private fields only for the member themself',
    getMemberProfileInput,
    getMemberProfile,
  ),
  listConnections: defineApi("a member's connections", listConnectionsInput, listConnections),
  searchPeople: defineApi(
    'search members by name, headline, skills; filters',
    searchPeopleInput,
    searchPeople,
  ),
  getJob: defineApi('one job posting', getJobInput, getJob),
  searchJobs: defineApi('search job postings; filters', searchJobsInput, searchJobs),
  findSimilarJobs: defineApi('postings similar to a posting', findSimilarJobsInput, findSimilarJobs),
  getCompany: defineApi('one company', getCompanyInput, getCompany),
  searchCompanies: defineApi('search companies; filters', searchCompaniesInput, searchCompanies),
  listCompanyJobs: defineApi("a company's job postings", listCompanyJobsInput, listCompanyJobs),
  getPost: defineApi('one post', getPostInput, getPost),
  getFeed: defineApi('recent posts, cursor-paged', getFeedInput, getFeed),
  searchPosts: defineApi('search posts; filters', searchPostsInput, searchPosts),
  searchArticles: defineApi('search knowledge articles', searchArticlesInput, searchArticles),
  getArticle: defineApi('one knowledge article', getArticleInput, getArticle),
  findOccupations: defineApi('O*NET occupations matching a job title', findOccupationsInput, findOccupations),
  getOccupationProfile: defineApi(
    'one occupation: tasks, related occupations, hot technologies, job zone',
    getOccupationProfileInput,
    getOccupationProfile,
  ),
  getOccupationSkills: defineApi(
    "an occupation's technology skills",
    getOccupationSkillsInput,
    getOccupationSkills,
  ),
  computeSkillGap: defineApi("a member's skills against a job's", computeSkillGapInput, computeSkillGap),
  getSalaryStatistics: defineApi(
    'salary distribution by title and location',
    getSalaryStatisticsInput,
    getSalaryStatistics,
  ),
  extractSkills: defineApi('taxonomy skills named in free text', extractSkillsInput, extractSkills),
  getAboutData: defineApi('sources and licences of the bundled data', getAboutDataInput, getAboutData),
} as const;

/**
 * The APIs that change data, apart from NETWORK_APIS: skills and the privacy checks call every read
 * API freely with sample inputs, which must never write.
 */
export const NETWORK_UPDATES = {
  updateMemberProfile: defineApi(
    "the member's own headline, about and skills; only the member themself",
    updateMemberProfileInput,
    updateMemberProfile,
  ),
} as const;

type NetworkApis = typeof NETWORK_APIS & typeof NETWORK_UPDATES;
export type NetworkApiName = keyof typeof NETWORK_APIS;
export type NetworkUpdateName = keyof typeof NETWORK_UPDATES;
export type NetworkApiInput<Name extends keyof NetworkApis> = z.input<NetworkApis[Name]['input']>;
export type NetworkApiOutput<Name extends keyof NetworkApis> = Awaited<ReturnType<NetworkApis[Name]['run']>>;

/** The internal APIs bound to a database: each validates its input, then runs as `viewer`. */
export type Network = { readonly context: NetworkContext } & {
  readonly [Name in keyof NetworkApis]: (
    viewer: Viewer,
    input: NetworkApiInput<Name>,
    signal?: AbortSignal,
  ) => Promise<NetworkApiOutput<Name>>;
};

export function createNetwork(db: Kysely<Database>): Network {
  // Loaded once, on first use: each reads a whole taxonomy table.
  const extractor = loadOnce(() => loadSkillVocabulary(db).then(createSkillExtractor));
  const titles = loadOnce(() => loadOccupationTitleIndex(db));
  const context: NetworkContext = {
    db,
    async extractSkills(text, signal) {
      const ready = await extractor();
      signal.throwIfAborted();
      return ready.extract(text);
    },
    async occupationTitles(signal) {
      const ready = await titles();
      signal.throwIfAborted();
      return ready;
    },
  };
  const network: Record<string, unknown> = { context };
  const apis = Object.entries({ ...NETWORK_APIS, ...NETWORK_UPDATES });
  for (const [name, api] of apis as [string, NetworkApi<z.ZodType, unknown>][]) {
    network[name] = (viewer: Viewer, input: unknown, signal: AbortSignal = new AbortController().signal) => {
      const parsed = api.input.safeParse(input);
      if (!parsed.success) return Promise.reject(toInvalidInputError(parsed.error));
      return api.run(context, viewer, parsed.data, signal);
    };
  }
  return network as Network;
}

/** The promise of `load`, made on first call and shared; forgotten when it fails, so a later call retries. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export function toInvalidInputError(error: z.ZodError): InvalidInputError {
  return new InvalidInputError(
    error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })),
  );
}
