import type { FormEvent } from 'react';
import { navigate } from '../app/navigation.ts';
import { formatWords } from '../common/format.ts';
import { EXPERIENCE_LEVELS, FILTER_NAMES, WORK_TYPES } from './job-filters.ts';

/** The search form; submitting puts the filters in the URL, so a search can be shared and reloaded. */
export function JobFilters({ search }: { search: URLSearchParams }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    navigate(`/jobs${next.size ? `?${next}` : ''}`);
  };
  return (
    <search aria-label="Job search">
      <form className="job-filters" onSubmit={submit} key={search.toString()}>
        <label>
          Title, skill or company
          <input
            name="q"
            type="search"
            defaultValue={search.get('q') ?? ''}
            placeholder="e.g. nurse, Python"
          />
        </label>
        <label>
          Location
          <input
            name="location"
            defaultValue={search.get('location') ?? ''}
            placeholder="City, ST or state"
          />
        </label>
        <label>
          Work type
          <select name="workType" defaultValue={search.get('workType') ?? ''}>
            <option value="">Any</option>
            {WORK_TYPES.map((type) => (
              <option key={type} value={type}>
                {formatWords(type)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Experience
          <select name="experienceLevel" defaultValue={search.get('experienceLevel') ?? ''}>
            <option value="">Any</option>
            {EXPERIENCE_LEVELS.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </select>
        </label>
        <label>
          Remote
          <select name="remote" defaultValue={search.get('remote') ?? ''}>
            <option value="">Either</option>
            <option value="true">Remote only</option>
            <option value="false">On site</option>
          </select>
        </label>
        <button type="submit" className="button primary">
          Search
        </button>
      </form>
    </search>
  );
}
