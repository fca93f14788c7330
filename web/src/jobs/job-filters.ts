// The job search filters the page offers, as the API names them (README "HTTP API", /api/jobs);
// the values are the network's own vocabulary.
export { EXPERIENCE_LEVELS, WORK_TYPES } from '../../../src/network/job-vocabulary.ts';
export const FILTER_NAMES = ['q', 'location', 'remote', 'workType', 'experienceLevel'] as const;

/** The API query for the page's URL: known filters only, blanks dropped. */
export function jobSearchQuery(search: URLSearchParams, offset: number, limit: number): string {
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) query.set(name, value);
  }
  query.set('limit', String(limit));
  query.set('offset', String(offset));
  return query.toString();
}
