import { useEffect, useRef, useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { ArticlePage } from '../article/ArticlePage.tsx';
import { AssistantPanel } from '../assistant/AssistantPanel.tsx';
import { AssistantTargetContext } from '../assistant/assistant-target.ts';
import type { ChatContext } from '../assistant/chat-parts.ts';
import { CompanyPage } from '../company/CompanyPage.tsx';
import { FeedPage } from '../feed/FeedPage.tsx';
import { JobPage } from '../jobs/JobPage.tsx';
import { JobSearchPage } from '../jobs/JobSearchPage.tsx';
import { PostPage } from '../post/PostPage.tsx';
import { ProfilePage } from '../profile/ProfilePage.tsx';
import { readSession, SessionContext } from '../session/session.ts';
import { useRoute } from './navigation.ts';
import type { Route } from './routes.ts';
import { SiteHeader } from './SiteHeader.tsx';

export function App() {
  const { route, href } = useRoute();
  const [target, setTarget] = useState<ChatContext | null>(null);
  const session = useResource('session', readSession);
  const member = session.state === 'ready' ? session.data.member : null;
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => {
    // After an in-app navigation, focus moves to the new page, as a page load would.
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [href]);
  return (
    <SessionContext.Provider value={member}>
      <AssistantTargetContext.Provider value={setTarget}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <a className="skip-link" href="#assistant-question">
          Skip to the assistant
        </a>
        <SiteHeader route={route} member={member} sessionReady={session.state !== 'loading'} />
        <div className="layout">
          <main id="main" ref={main} tabIndex={-1}>
            <Page route={route} />
          </main>
          <AssistantPanel context={target} />
        </div>
      </AssistantTargetContext.Provider>
    </SessionContext.Provider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'feed':
      return <FeedPage />;
    case 'post':
      return <PostPage key={route.slug} slug={route.slug} />;
    case 'jobs':
      return <JobSearchPage search={route.search} />;
    case 'job':
      return <JobPage key={route.jobId} jobId={route.jobId} />;
    case 'company':
      return <CompanyPage key={route.companyId} companyId={route.companyId} />;
    case 'profile':
      return <ProfilePage key={route.memberId} memberId={route.memberId} />;
    case 'article':
      return <ArticlePage key={route.articleId} articleId={route.articleId} />;
    case 'not_found':
      return (
        <section className="page-card">
          <h1 className="page-title">Page not found</h1>
          <p>Nothing lives at {route.path}.</p>
        </section>
      );
  }
}
