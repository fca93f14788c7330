// Row types of the network database. Timestamps are epoch milliseconds; list-valued
// attributes live in their own tables so they can be filtered and joined on.
import type { Generated } from 'kysely';
import type { ConversationTables } from './conversation-schema.ts';

export interface CompanyTable {
  company_id: number;
  name: string;
  description: string;
  /** LinkedIn size bucket 0-7, null when unknown. */
  company_size: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  zip_code: string | null;
  address: string | null;
  url: string | null;
  employee_count: number | null;
  follower_count: number | null;
  /** 'dataset' when the company has its own row in the companies data; 'postings' when derived from job postings. */
  source: 'dataset' | 'postings';
}

export interface CompanyIndustryTable {
  company_id: number;
  industry: string;
}

export interface CompanySpecialityTable {
  company_id: number;
  speciality: string;
}

export interface JobTable {
  job_id: number;
  company_id: number;
  title: string;
  description: string;
  skills_desc: string | null;
  location: string;
  city: string | null;
  state: string | null;
  country: string | null;
  remote: number; // 0/1, portable across SQLite and Postgres
  work_type: string | null; // FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERNSHIP, VOLUNTEER, OTHER
  experience_level: string | null; // Internship, Entry level, Associate, Mid-Senior level, Director, Executive
  pay_period: string | null; // as published: HOURLY, WEEKLY, BIWEEKLY, MONTHLY, YEARLY
  min_salary: number | null; // as published, in pay_period units
  med_salary: number | null;
  max_salary: number | null;
  currency: string | null;
  compensation_type: string | null;
  yearly_min: number | null; // normalised to a yearly amount in `currency`
  yearly_med: number | null;
  yearly_max: number | null;
  listed_at: number | null;
  expires_at: number | null;
  views: number | null;
  applies: number | null;
  posting_url: string | null;
  application_url: string | null;
}

export interface JobSkillTable {
  job_id: number;
  /** A technology from the O*NET taxonomy (occupation_technologies.technology). */
  skill: string;
}

export interface OccupationTable {
  onet_code: string;
  title: string;
  description: string;
  job_zone: number | null;
}

export interface OccupationTitleTable {
  onet_code: string;
  title: string;
  short_title: string | null;
}

export interface OccupationTechnologyTable {
  onet_code: string;
  technology: string;
  commodity_code: string;
  commodity_title: string;
  hot: number; // 0/1
  in_demand: number; // 0/1
}

export interface OccupationTaskTable {
  onet_code: string;
  task_id: number;
  task: string;
  task_type: string | null;
}

export interface RelatedOccupationTable {
  onet_code: string;
  related_code: string;
  tier: string;
  rank: number;
}

export interface MemberTable {
  member_id: number;
  first_name: string;
  last_name: string;
  headline: string;
  about: string;
  city: string | null;
  state: string | null;
  country: string | null;
  onet_code: string | null;
  industry: string | null;
  joined_at: number;
  // Private: visible only to the member themself.
  email: string;
  phone: string;
  desired_salary: number | null;
  open_to_work: number; // 0/1
}

export interface MemberPositionTable {
  id: Generated<number>;
  member_id: number;
  company_id: number;
  title: string;
  description: string;
  start_date: string; // YYYY-MM
  end_date: string | null; // null: current
}

export interface MemberEducationTable {
  id: Generated<number>;
  member_id: number;
  school: string;
  degree: string;
  field: string;
  start_year: number;
  end_year: number;
}

export interface MemberSkillTable {
  member_id: number;
  skill: string;
}

export interface ConnectionTable {
  member_id: number;
  connected_id: number;
}

export interface PostTable {
  slug: string;
  title: string;
  published_at: number;
  excerpt: string;
  body: string;
  url: string | null;
}

export interface PostAuthorTable {
  slug: string;
  member_id: number;
  position: number;
}

export interface PostTagTable {
  slug: string;
  tag: string;
}

export interface ArticleTable {
  article_id: string; // e.g. 'handbook/performance-management/index', 'interview/resume'
  source: string; // '18f-handbook' | 'tech-interview-handbook' | 'reverse-interview'
  title: string;
  description: string;
  section: string | null;
  body: string;
  url: string | null;
}

export interface Database extends ConversationTables {
  companies: CompanyTable;
  company_industries: CompanyIndustryTable;
  company_specialities: CompanySpecialityTable;
  jobs: JobTable;
  job_skills: JobSkillTable;
  occupations: OccupationTable;
  occupation_titles: OccupationTitleTable;
  occupation_technologies: OccupationTechnologyTable;
  occupation_tasks: OccupationTaskTable;
  related_occupations: RelatedOccupationTable;
  members: MemberTable;
  member_positions: MemberPositionTable;
  member_education: MemberEducationTable;
  member_skills: MemberSkillTable;
  connections: ConnectionTable;
  posts: PostTable;
  post_authors: PostAuthorTable;
  post_tags: PostTagTable;
  articles: ArticleTable;
}
