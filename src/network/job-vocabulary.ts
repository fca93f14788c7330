// The values a job's work type and experience level take, as the postings' data spells them:
// the import normalises to these, and the APIs and skills filter by them.
export const WORK_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACT',
  'TEMPORARY',
  'INTERNSHIP',
  'VOLUNTEER',
  'OTHER',
] as const;
export type WorkType = (typeof WORK_TYPES)[number];

export const EXPERIENCE_LEVELS = [
  'Internship',
  'Entry level',
  'Associate',
  'Mid-Senior level',
  'Director',
  'Executive',
] as const;
