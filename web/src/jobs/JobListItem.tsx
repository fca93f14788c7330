import type { JobSummary } from '../api/network-schemas.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import { formatDay, formatSalary, formatWords } from '../common/format.ts';

export function JobListItem({ job }: { job: JobSummary }) {
  const salary = formatSalary(job.salary);
  return (
    <article className="job-item">
      <span className="avatar square" aria-hidden="true">
        {job.company.name.slice(0, 1)}
      </span>
      <div>
        <h2 className="job-title">
          <Link href={itemHref('job', String(job.jobId))}>{job.title}</Link>
        </h2>
        <p>
          <Link href={itemHref('company', String(job.company.companyId))}>{job.company.name}</Link> ·{' '}
          {job.location.text}
          {job.location.remote && ' (remote)'}
        </p>
        <p className="ui-text tone-muted">
          {[
            formatWords(job.workType),
            job.experienceLevel,
            salary,
            job.listedAt && `listed ${formatDay(job.listedAt)}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
    </article>
  );
}

export function JobList({ jobs }: { jobs: JobSummary[] }) {
  return (
    <ul className="job-list">
      {jobs.map((job) => (
        <li key={job.jobId}>
          <JobListItem job={job} />
        </li>
      ))}
    </ul>
  );
}
