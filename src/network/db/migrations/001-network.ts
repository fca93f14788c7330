import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const bigint = isPostgres(db) ? 'bigint' : 'integer';
  const id = isPostgres(db) ? 'serial' : 'integer';
  // Postgres' serial already auto-increments; Kysely's autoIncrement() would add MySQL's AUTO_INCREMENT there.
  const generatedKey = isPostgres(db)
    ? (c: ColumnDefinitionBuilder) => c.primaryKey()
    : (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement();

  await db.schema
    .createTable('companies')
    .addColumn('company_id', bigint, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('company_size', 'integer')
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('country', 'text')
    .addColumn('zip_code', 'text')
    .addColumn('address', 'text')
    .addColumn('url', 'text')
    .addColumn('employee_count', 'integer')
    .addColumn('follower_count', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('companies_name').on('companies').column('name').execute();

  for (const [table, column] of [
    ['company_industries', 'industry'],
    ['company_specialities', 'speciality'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('company_id', bigint, (c) => c.notNull().references('companies.company_id'))
      .addColumn(column, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['company_id', column])
      .execute();
  }

  await db.schema
    .createTable('jobs')
    .addColumn('job_id', bigint, (c) => c.primaryKey())
    .addColumn('company_id', bigint, (c) => c.notNull().references('companies.company_id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('skills_desc', 'text')
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('country', 'text')
    .addColumn('remote', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('work_type', 'text')
    .addColumn('experience_level', 'text')
    .addColumn('pay_period', 'text')
    .addColumn('min_salary', 'real')
    .addColumn('med_salary', 'real')
    .addColumn('max_salary', 'real')
    .addColumn('currency', 'text')
    .addColumn('compensation_type', 'text')
    .addColumn('yearly_min', 'real')
    .addColumn('yearly_med', 'real')
    .addColumn('yearly_max', 'real')
    .addColumn('listed_at', bigint)
    .addColumn('expires_at', bigint)
    .addColumn('views', 'integer')
    .addColumn('applies', 'integer')
    .addColumn('posting_url', 'text')
    .addColumn('application_url', 'text')
    .execute();
  await db.schema.createIndex('jobs_company').on('jobs').column('company_id').execute();
  await db.schema.createIndex('jobs_listed_at').on('jobs').column('listed_at').execute();
  await db.schema.createIndex('jobs_state_city').on('jobs').columns(['state', 'city']).execute();

  await db.schema
    .createTable('job_skills')
    .addColumn('job_id', bigint, (c) => c.notNull().references('jobs.job_id'))
    .addColumn('skill', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('job_skills_pk', ['job_id', 'skill'])
    .execute();
  await db.schema.createIndex('job_skills_skill').on('job_skills').column('skill').execute();

  await db.schema
    .createTable('occupations')
    .addColumn('onet_code', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('job_zone', 'integer')
    .execute();
  await db.schema
    .createTable('occupation_titles')
    .addColumn('onet_code', 'text', (c) => c.notNull().references('occupations.onet_code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('short_title', 'text')
    .execute();
  await db.schema.createIndex('occupation_titles_code').on('occupation_titles').column('onet_code').execute();
  await db.schema.createIndex('occupation_titles_title').on('occupation_titles').column('title').execute();
  await db.schema
    .createTable('occupation_technologies')
    .addColumn('onet_code', 'text', (c) => c.notNull().references('occupations.onet_code'))
    .addColumn('technology', 'text', (c) => c.notNull())
    .addColumn('commodity_code', 'text', (c) => c.notNull())
    .addColumn('commodity_title', 'text', (c) => c.notNull())
    .addColumn('hot', 'integer', (c) => c.notNull())
    .addColumn('in_demand', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_technologies_pk', ['onet_code', 'technology'])
    .execute();
  await db.schema
    .createIndex('occupation_technologies_technology')
    .on('occupation_technologies')
    .column('technology')
    .execute();
  await db.schema
    .createTable('occupation_tasks')
    .addColumn('onet_code', 'text', (c) => c.notNull().references('occupations.onet_code'))
    .addColumn('task_id', 'integer', (c) => c.primaryKey())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('task_type', 'text')
    .execute();
  await db.schema.createIndex('occupation_tasks_code').on('occupation_tasks').column('onet_code').execute();
  await db.schema
    .createTable('related_occupations')
    .addColumn('onet_code', 'text', (c) => c.notNull().references('occupations.onet_code'))
    .addColumn('related_code', 'text', (c) => c.notNull().references('occupations.onet_code'))
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_occupations_pk', ['onet_code', 'related_code'])
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('member_id', bigint, (c) => c.primaryKey())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('about', 'text', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('country', 'text')
    .addColumn('onet_code', 'text', (c) => c.references('occupations.onet_code'))
    .addColumn('industry', 'text')
    .addColumn('joined_at', bigint, (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('desired_salary', 'integer')
    .addColumn('open_to_work', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('member_positions')
    .addColumn('id', id, generatedKey)
    .addColumn('member_id', bigint, (c) => c.notNull().references('members.member_id'))
    .addColumn('company_id', bigint, (c) => c.notNull().references('companies.company_id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .execute();
  await db.schema.createIndex('member_positions_member').on('member_positions').column('member_id').execute();
  await db.schema
    .createIndex('member_positions_company')
    .on('member_positions')
    .column('company_id')
    .execute();
  await db.schema
    .createTable('member_education')
    .addColumn('id', id, generatedKey)
    .addColumn('member_id', bigint, (c) => c.notNull().references('members.member_id'))
    .addColumn('school', 'text', (c) => c.notNull())
    .addColumn('degree', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('member_education_member').on('member_education').column('member_id').execute();
  await db.schema
    .createTable('member_skills')
    .addColumn('member_id', bigint, (c) => c.notNull().references('members.member_id'))
    .addColumn('skill', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_skills_pk', ['member_id', 'skill'])
    .execute();
  await db.schema.createIndex('member_skills_skill').on('member_skills').column('skill').execute();
  await db.schema
    .createTable('connections')
    .addColumn('member_id', bigint, (c) => c.notNull().references('members.member_id'))
    .addColumn('connected_id', bigint, (c) => c.notNull().references('members.member_id'))
    .addPrimaryKeyConstraint('connections_pk', ['member_id', 'connected_id'])
    .execute();

  await db.schema
    .createTable('posts')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_at', bigint, (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .execute();
  await db.schema.createIndex('posts_published_at').on('posts').column('published_at').execute();
  await db.schema
    .createTable('post_authors')
    .addColumn('slug', 'text', (c) => c.notNull().references('posts.slug'))
    .addColumn('member_id', bigint, (c) => c.notNull().references('members.member_id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('post_authors_pk', ['slug', 'member_id'])
    .execute();
  await db.schema.createIndex('post_authors_member').on('post_authors').column('member_id').execute();
  await db.schema
    .createTable('post_tags')
    .addColumn('slug', 'text', (c) => c.notNull().references('posts.slug'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('post_tags_pk', ['slug', 'tag'])
    .execute();
  await db.schema.createIndex('post_tags_tag').on('post_tags').column('tag').execute();

  await db.schema
    .createTable('articles')
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('section', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .execute();

  // One full-text index over every searchable kind; `kind` + `ref` point back at the row.
  if (isPostgres(db)) {
    await sql`create table search_docs (
      kind text not null,
      ref text not null,
      title text not null,
      body text not null,
      tsv tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
      ) stored,
      primary key (kind, ref)
    )`.execute(db);
    await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
  } else {
    await sql`create virtual table search_docs using fts5(
      kind unindexed, ref unindexed, title, body, tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'search_docs',
    'articles',
    'post_tags',
    'post_authors',
    'posts',
    'connections',
    'member_skills',
    'member_education',
    'member_positions',
    'members',
    'related_occupations',
    'occupation_tasks',
    'occupation_technologies',
    'occupation_titles',
    'occupations',
    'job_skills',
    'jobs',
    'company_specialities',
    'company_industries',
    'companies',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
