// The job search filters the page offers, as the API names them (README "HTTP API", /api/jobs).
export const WORK_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACT',
  'TEMPORARY',
  'INTERNSHIP',
  'VOLUNTEER',
  'OTHER',
];
export const EXPERIENCE_LEVELS = [
  'Internship',
  'Entry level',
  'Associate',
  'Mid-Senior level',
  'Director',
  'Executive',
];
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
