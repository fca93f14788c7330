import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.ts';

// History routing in a few lines: pushState plus one event that every useLocation re-reads.
const NAVIGATED = 'dossier:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

export function navigate(href: string, { replace = false } = {}): void {
  if (href === currentHref()) return;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** The current route; re-renders on navigation and back/forward. */
export function useRoute(): { route: Route; href: string } {
  const href = useSyncExternalStore(subscribe, currentHref, () => '/');
  const url = new URL(href, 'http://app');
  return { route: parseRoute(url.pathname, url.search), href };
}
