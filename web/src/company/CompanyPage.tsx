import { fetchJson } from '../api/fetch-json.ts';
import { companySchema, jobSummarySchema, searchPageSchema } from '../api/network-schemas.ts';
import { useResource } from '../api/use-resource.ts';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { ResourceView } from '../common/ResourceView.tsx';
import { JobList } from '../jobs/JobListItem.tsx';

const jobPageSchema = searchPageSchema(jobSummarySchema);

export function CompanyPage({ companyId }: { companyId: string }) {
  const company = useResource(companyId, (signal) =>
    fetchJson(`/api/companies/${companyId}`, companySchema, { signal }),
  );
  const jobs = useResource(`jobs:${companyId}`, (signal) =>
    fetchJson(`/api/companies/${companyId}/jobs?limit=20`, jobPageSchema, { signal }),
  );
  useAssistantTarget(
    company.state === 'ready' ? { kind: 'company', id: companyId, title: company.data.name } : null,
  );
  return (
    <ResourceView resource={company} what="the company">
      {(data) => (
        <article className="page-card company-page" aria-labelledby="company-title">
          <div className="company-header">
            <span className="avatar square large" aria-hidden="true">
              {data.name.slice(0, 1)}
            </span>
            <div>
              <h1 id="company-title" className="page-title">
                {data.name}
              </h1>
              <p className="ui-text tone-muted">
                {[
                  data.industries.join(', '),
                  [data.location.city, data.location.state].filter(Boolean).join(', '),
                  data.employeeCount && `${data.employeeCount.toLocaleString('en')} employees`,
                  data.followerCount && `${data.followerCount.toLocaleString('en')} followers`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {data.url && (
                <a href={data.url} target="_blank" rel="noreferrer noopener">
                  Website
                </a>
              )}
            </div>
          </div>
          {data.description && (
            <section aria-labelledby="company-about">
              <h2 id="company-about">About</h2>
              <p className="prewrap">{data.description}</p>
            </section>
          )}
          {data.specialities.length > 0 && (
            <ul className="tags" aria-label="Specialities">
              {data.specialities.map((speciality) => (
                <li key={speciality} className="ui-chip">
                  {speciality}
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="company-jobs">
            <h2 id="company-jobs">Open jobs ({data.jobCount})</h2>
            <ResourceView resource={jobs} what="the company's jobs">
              {(page) => <JobList jobs={page.items} />}
            </ResourceView>
          </section>
        </article>
      )}
    </ResourceView>
  );
}
