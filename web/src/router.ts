import { useEffect, useState } from 'react';

// Hash routing (`#/findings?severity=high`): the server only has to serve index.html at `/`.

export type Route =
  | { name: 'overview' }
  | { name: 'findings'; query: URLSearchParams }
  | { name: 'finding'; id: string }
  | { name: 'assets'; query: URLSearchParams }
  | { name: 'teams' }
  | { name: 'scans' }
  | { name: 'remediations' }
  | { name: 'notifications' }
  | { name: 'not-found'; path: string };

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const qIndex = raw.indexOf('?');
  const path = qIndex < 0 ? raw : raw.slice(0, qIndex);
  const query = new URLSearchParams(qIndex < 0 ? '' : raw.slice(qIndex + 1));
  const parts = path.split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found', path };
  switch (first) {
    case undefined:
    case 'overview':
      return second === undefined ? { name: 'overview' } : { name: 'not-found', path };
    case 'findings':
      return second === undefined
        ? { name: 'findings', query }
        : { name: 'finding', id: decodeURIComponent(second) };
    case 'assets':
      return second === undefined ? { name: 'assets', query } : { name: 'not-found', path };
    case 'teams':
    case 'scans':
    case 'remediations':
    case 'notifications':
      return second === undefined ? { name: first } : { name: 'not-found', path };
    default:
      return { name: 'not-found', path };
  }
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return parseHash(hash);
}

/** Link target for a page with optional query parameters (empty values are dropped). */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function navigate(target: string): void {
  if (window.location.hash !== target) window.location.hash = target;
}

/** A key that changes when the page changes (not when only its query changes). */
export function pageKey(route: Route): string {
  return route.name === 'finding' ? `finding:${route.id}` : route.name;
}
