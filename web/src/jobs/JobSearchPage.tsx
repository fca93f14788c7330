import { useState } from 'react';
import { fetchJson } from '../api/fetch-json.ts';
import { jobSummarySchema, searchPageSchema } from '../api/network-schemas.ts';
import { useResource } from '../api/use-resource.ts';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { ResourceView } from '../common/ResourceView.tsx';
import { JobFilters } from './JobFilters.tsx';
import { JobList } from './JobListItem.tsx';
import { jobSearchQuery } from './job-filters.ts';

const PAGE_SIZE = 20;
const jobPageSchema = searchPageSchema(jobSummarySchema);

/** Job search with filters; "Show more" widens the page. */
export function JobSearchPage({ search }: { search: URLSearchParams }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const query = jobSearchQuery(search, 0, shown);
  const jobs = useResource(query, (signal) => fetchJson(`/api/jobs?${query}`, jobPageSchema, { signal }));
  useAssistantTarget(null);
  return (
    <section aria-labelledby="jobs-title">
      <h1 id="jobs-title" className="page-title">
        Jobs
      </h1>
      <JobFilters search={search} />
      <ResourceView resource={jobs} what="jobs">
        {(page) => (
          <>
            <p className="result-count" role="status">
              {page.total.toLocaleString('en')} {page.total === 1 ? 'job' : 'jobs'}
            </p>
            <JobList jobs={page.items} />
            {page.items.length < page.total && shown < 100 && (
              <button type="button" className="button secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
                Show more jobs
              </button>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}
