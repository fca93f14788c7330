/** The pages of the app, parsed from the location; anything else is `not_found`. */
export type Route =
  | { page: 'feed' }
  | { page: 'post'; slug: string }
  | { page: 'jobs'; search: URLSearchParams }
  | { page: 'job'; jobId: string }
  | { page: 'company'; companyId: string }
  | { page: 'profile'; memberId: string }
  | { page: 'article'; articleId: string }
  | { page: 'not_found'; path: string };

const PATTERNS: [RegExp, (match: string, search: URLSearchParams) => Route][] = [
  [/^\/$/, () => ({ page: 'feed' })],
  [/^\/posts\/([^/]+)$/, (slug) => ({ page: 'post', slug })],
  [/^\/jobs$/, (_, search) => ({ page: 'jobs', search })],
  [/^\/jobs\/(\d+)$/, (jobId) => ({ page: 'job', jobId })],
  [/^\/companies\/(\d+)$/, (companyId) => ({ page: 'company', companyId })],
  [/^\/members\/(\d+)$/, (memberId) => ({ page: 'profile', memberId })],
  [/^\/articles\/([^/]+)$/, (articleId) => ({ page: 'article', articleId })],
];

export function parseRoute(pathname: string, search: string): Route {
  for (const [pattern, toRoute] of PATTERNS) {
    const match = pattern.exec(pathname);
    if (match) return toRoute(decodeURIComponent(match[1] ?? ''), new URLSearchParams(search));
  }
  return { page: 'not_found', path: pathname };
}

/** The address of an item of the network, as the assistant's `open_item` actions name them. */
export function itemHref(kind: 'job' | 'member' | 'company' | 'post' | 'article', id: string): string {
  const folder = { job: 'jobs', member: 'members', company: 'companies', post: 'posts', article: 'articles' };
  return `/${folder[kind]}/${encodeURIComponent(id)}`;
}
