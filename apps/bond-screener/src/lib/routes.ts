import { isUniverse, type Universe } from './universe';

export type Route =
  | { name: 'screener' }
  | { name: 'bond'; universe: Universe; isin: string }
  | { name: 'not-found' };

/** `/` is the screener; `/bonds/IT0005580540`, `/agency/…`, `/munis/…` are a bond's detail page. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'screener' };
  const [universe, isin] = parts;
  if (parts.length === 2 && isUniverse(universe) && isin && /^[A-Za-z0-9]{12}$/.test(isin)) {
    return { name: 'bond', universe, isin: isin.toUpperCase() };
  }
  return { name: 'not-found' };
}

export function bondPath(universe: Universe, isin: string): string {
  return `/${universe}/${encodeURIComponent(isin)}`;
}
