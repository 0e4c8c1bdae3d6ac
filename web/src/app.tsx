import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, getToken, type Me, setToken, setUnauthorizedListener } from './api';
import { Loading, PageHeading } from './components';
import { Assets } from './pages/assets';
import { FindingDetail } from './pages/finding-detail';
import { Findings } from './pages/findings';
import { Notifications } from './pages/notifications';
import { Overview } from './pages/overview';
import { Remediations } from './pages/remediations';
import { Scans } from './pages/scans';
import { SignIn } from './pages/sign-in';
import { Teams } from './pages/teams';
import { href, pageKey, type Route, useRoute } from './router';

type Session =
  | { state: 'checking' }
  | { state: 'signed-out'; notice?: string }
  | { state: 'signed-in'; me: Me };

const NAV: { name: Route['name']; path: string; label: string }[] = [
  { name: 'overview', path: '/', label: 'Overview' },
  { name: 'findings', path: '/findings', label: 'Findings' },
  { name: 'assets', path: '/assets', label: 'Assets' },
  { name: 'teams', path: '/teams', label: 'Teams' },
  { name: 'scans', path: '/scans', label: 'Scans' },
  { name: 'remediations', path: '/remediations', label: 'Remediation history' },
  { name: 'notifications', path: '/notifications', label: 'Notifications' },
];

function roleLabel(me: Me): string {
  if (me.scope === 'admin') return 'Admin';
  return me.access === 'write' ? 'Team, can change' : 'Team, read only';
}

export function App() {
  const [session, setSession] = useState<Session>(() =>
    getToken() ? { state: 'checking' } : { state: 'signed-out' },
  );
  const route = useRoute();
  const key = pageKey(route);
  const firstPage = useRef(true);

  const signOut = useCallback((notice?: string) => {
    setToken(null);
    setSession(notice ? { state: 'signed-out', notice } : { state: 'signed-out' });
  }, []);

  useEffect(() => {
    setUnauthorizedListener(() => signOut('Your token is no longer accepted. Sign in again.'));
  }, [signOut]);

  // A token from an earlier visit in this tab: check it is still valid.
  useEffect(() => {
    if (session.state !== 'checking') return;
    const controller = new AbortController();
    api<Me>('api/me', { signal: controller.signal })
      .then((me) => setSession({ state: 'signed-in', me }))
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        if (e instanceof ApiError && e.status === 401)
          signOut('Your token is no longer accepted. Sign in again.');
        else signOut(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
  }, [session.state, signOut]);

  // Move focus to the new page's heading so keyboard and screen-reader users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page (key) changes
  useEffect(() => {
    if (session.state !== 'signed-in') return;
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, [key, session.state]);

  if (session.state === 'checking') {
    return (
      <main id="main" className="signin">
        <Loading what="your session" />
      </main>
    );
  }
  if (session.state === 'signed-out') {
    return (
      <SignIn
        {...(session.notice ? { notice: session.notice } : {})}
        onSignedIn={(token, me) => {
          setToken(token);
          firstPage.current = true;
          setSession({ state: 'signed-in', me });
        }}
      />
    );
  }

  const me = session.me;
  const current = route.name === 'finding' ? 'findings' : route.name;
  return (
    <>
      <button
        type="button"
        className="skip-link"
        onClick={() => document.querySelector<HTMLElement>('main h1')?.focus()}
      >
        Skip to content
      </button>
      <header className="topbar">
        <div className="topbar-inner">
          <a className="brand" href={href('/')}>
            <span className="brand-mark" aria-hidden="true" />
            Plumbline
          </a>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.map((n) => (
                <li key={n.name}>
                  <a href={href(n.path)} aria-current={current === n.name ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="who">
            <span className="muted small" data-testid="who">
              {me.scope === 'team' && me.teamName ? `${me.teamName} · ` : ''}
              {me.label}
            </span>
            <span className="role">{roleLabel(me)}</span>
            <button type="button" className="btn btn-small" onClick={() => signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="content" key={key}>
        <Page route={route} me={me} />
      </main>
    </>
  );
}

function Page({ route, me }: { route: Route; me: Me }) {
  switch (route.name) {
    case 'overview':
      return <Overview />;
    case 'findings':
      return <Findings query={route.query} />;
    case 'finding':
      return <FindingDetail id={route.id} me={me} />;
    case 'assets':
      return <Assets query={route.query} />;
    case 'teams':
      return <Teams />;
    case 'scans':
      return <Scans me={me} />;
    case 'remediations':
      return <Remediations me={me} />;
    case 'notifications':
      return <Notifications me={me} />;
    case 'not-found':
      return (
        <>
          <PageHeading title="Page not found">Page not found</PageHeading>
          <p>
            There is no page at <code>{route.path}</code>. <a href={href('/')}>Go to the overview</a>.
          </p>
        </>
      );
  }
}
