import { fetchJson } from '../api/fetch-json.ts';
import { jobSchema } from '../api/network-schemas.ts';
import { useResource } from '../api/use-resource.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { formatDay, formatSalary, formatWords } from '../common/format.ts';
import { ResourceView } from '../common/ResourceView.tsx';

export function JobPage({ jobId }: { jobId: string }) {
  const job = useResource(jobId, (signal) => fetchJson(`/api/jobs/${jobId}`, jobSchema, { signal }));
  useAssistantTarget(
    job.state === 'ready'
      ? { kind: 'job', id: jobId, title: `${job.data.title} at ${job.data.company.name}` }
      : null,
  );
  return (
    <ResourceView resource={job} what="the job">
      {(data) => (
        <article className="page-card job-page" aria-labelledby="job-title">
          <h1 id="job-title" className="page-title">
            {data.title}
          </h1>
          <p className="job-company">
            <Link href={itemHref('company', String(data.company.companyId))}>{data.company.name}</Link> ·{' '}
            {data.location.text}
            {data.location.remote && ' (remote)'}
          </p>
          <ul className="tags" aria-label="Details">
            {[
              formatWords(data.workType),
              data.experienceLevel,
              formatSalary(data.salary),
              data.listedAt && `Listed ${formatDay(data.listedAt)}`,
            ]
              .filter((value): value is string => Boolean(value))
              .map((value) => (
                <li key={value} className="ui-chip">
                  {value}
                </li>
              ))}
          </ul>
          {(data.applicationUrl ?? data.postingUrl) && (
            <p>
              <a
                className="button primary"
                href={data.applicationUrl ?? data.postingUrl ?? ''}
                target="_blank"
                rel="noreferrer noopener"
              >
                Apply
              </a>
            </p>
          )}
          {data.skills.length > 0 && (
            <section aria-labelledby="job-skills">
              <h2 id="job-skills">Skills</h2>
              <ul className="tags">
                {data.skills.map((skill) => (
                  <li key={skill} className="ui-chip">
                    {skill}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="job-description">
            <h2 id="job-description">About the job</h2>
            <div className="job-description">{data.description}</div>
          </section>
        </article>
      )}
    </ResourceView>
  );
}
