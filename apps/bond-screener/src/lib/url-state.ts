import { emptyFilters, type FiltersByUniverse } from './filters';
import { defaultPageSize, pageSizes } from './paging';
import { initialScreenerState, type ScreenerState } from './screener-state';
import type { SortState } from './sort';
import { isUniverse, type Universe } from './universe';

/**
 * The screen in the address bar (issue 18): tab, the filters last searched, sort, page and page size of the tab
 * shown, as readable query parameters (`?tab=munis&couponMin=3&sort=-maturity_date&page=2`). A reload or a pasted
 * link restores the screen; each search, sort, page or tab change is one history entry, so back/forward move
 * between screens. Defaults are left out, so the plain screener is `/`.
 */
const MAX_TEXT = 200;

function filterParams(filters: object): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value)) {
      if (value.length > 0) out.push([key, value.join('|')]);
    } else if (typeof value === 'string' && value !== '' && value !== 'any') {
      out.push([key, value]);
    }
  }
  return out;
}

/** The query string (with `?`, or `''`) for the screen shown. */
export function screenerSearch(state: ScreenerState): string {
  const { universe } = state;
  const params = new URLSearchParams();
  if (universe !== 'bonds') params.set('tab', universe);
  for (const [key, value] of filterParams(state.applied[universe])) params.set(key, value);
  const sort = state.sort[universe];
  if (sort) params.set('sort', `${sort.direction === 'desc' ? '-' : ''}${sort.key}`);
  const { limit, offset } = state.paging[universe];
  if (limit !== defaultPageSize) params.set('size', String(limit));
  const page = Math.floor(offset / limit) + 1;
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function restoreFilters<U extends Universe>(universe: U, params: URLSearchParams): FiltersByUniverse[U] {
  const empty = emptyFilters[universe];
  const out: Record<string, unknown> = { ...empty };
  for (const [key, initial] of Object.entries(empty)) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = raw.slice(0, MAX_TEXT);
    if (Array.isArray(initial)) out[key] = value.split('|').filter(Boolean).slice(0, 20);
    else if (key === 'callable') out[key] = value === 'yes' || value === 'no' ? value : 'any';
    else out[key] = value;
  }
  return out as unknown as FiltersByUniverse[U];
}

function restoreSort(raw: string | null): SortState | null {
  if (!raw || !/^-?[a-z_]{1,40}$/.test(raw)) return null;
  return raw.startsWith('-') ? { key: raw.slice(1), direction: 'desc' } : { key: raw, direction: 'asc' };
}

/**
 * The screener state a query string stands for, on top of `base` (the other tabs keep what they had). Unknown
 * or malformed parameters fall back to their defaults; filter values are restored as typed and checked by the
 * form like anything typed.
 */
export function screenerFromSearch(
  search: string,
  base: ScreenerState = initialScreenerState,
): ScreenerState {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const universe: Universe = isUniverse(tab) ? tab : 'bonds';
  const filters = restoreFilters(universe, params);
  const size = Number(params.get('size'));
  const limit = (pageSizes as readonly number[]).includes(size) ? size : defaultPageSize;
  const page = Math.min(Math.max(1, Math.floor(Number(params.get('page')) || 1)), 100_000);
  return {
    universe,
    drafts: { ...base.drafts, [universe]: filters },
    applied: { ...base.applied, [universe]: filters },
    paging: { ...base.paging, [universe]: { limit, offset: (page - 1) * limit } },
    sort: { ...base.sort, [universe]: restoreSort(params.get('sort')) },
  };
}
