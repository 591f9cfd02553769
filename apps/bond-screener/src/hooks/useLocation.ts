import { useSyncExternalStore } from 'react';

// A tiny History API router: two pages do not justify a routing library.
const navigationEvent = 'bond-screener:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

const currentPath = () => window.location.pathname;
const currentSearch = () => window.location.search;

/** The current path; re-renders on navigation and on the browser's back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** The current query string (`?tab=munis…` or `''`); re-renders on navigation and on back/forward. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(navigationEvent));
}
