import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/** Loading, failed (with retry) or the content of a loaded resource. */
export function ResourceView<T>({
  resource,
  what,
  children,
}: {
  resource: Resource<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (resource.state === 'loading')
    return (
      <p className="loading" aria-busy="true">
        Loading {what}…
      </p>
    );
  if (resource.state === 'failed')
    return <ErrorNotice title={`Could not load ${what}.`} error={resource.error} onRetry={resource.retry} />;
  return <>{children(resource.data)}</>;
}
