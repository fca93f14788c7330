import { SignInPicker } from '../session/SignInPicker.tsx';
import type { SessionMember } from '../session/session.ts';
import { Link } from './Link.tsx';
import type { Route } from './routes.ts';

export function SiteHeader({
  route,
  member,
  sessionReady,
}: {
  route: Route;
  member: SessionMember | null;
  sessionReady: boolean;
}) {
  const current = (pages: Route['page'][]) => (pages.includes(route.page) ? 'page' : undefined);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label="Dossier home">
          <span aria-hidden="true" className="brand-mark">
            D
          </span>
          Dossier
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/" aria-current={current(['feed', 'post'])}>
                Feed
              </Link>
            </li>
            <li>
              <Link href="/jobs" aria-current={current(['jobs', 'job'])}>
                Jobs
              </Link>
            </li>
            {member && (
              <li>
                <Link href={`/members/${member.id}`} aria-current={current(['profile'])}>
                  Me
                </Link>
              </li>
            )}
          </ul>
        </nav>
        {sessionReady && <SignInPicker member={member} />}
      </div>
    </header>
  );
}
