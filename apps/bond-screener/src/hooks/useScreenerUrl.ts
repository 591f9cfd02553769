import { type Dispatch, useEffect, useRef } from 'react';
import { rememberScreenerSearch } from '../lib/screener-link';
import type { ScreenerAction, ScreenerState } from '../lib/screener-state';
import { screenerFromSearch, screenerSearch } from '../lib/url-state';
import { navigate } from './useLocation';

/**
 * Keeps the screener and the address bar in step (issue 18). A change of the screen (search, sort, page, tab)
 * pushes one history entry; a change of the address that the screen did not make (back/forward, a pasted link)
 * restores the screen from it. `written` remembers the last address the screen wrote, which tells the two apart.
 */
export function useScreenerUrl(
  active: boolean,
  search: string,
  state: ScreenerState,
  dispatch: Dispatch<ScreenerAction>,
): void {
  const written = useRef<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const derived = screenerSearch(state);
    rememberScreenerSearch(derived);
    if (written.current === null) written.current = derived;
    if (derived !== written.current) {
      written.current = derived;
      if (derived !== search) navigate(`/${derived}`);
      return;
    }
    if (search === derived) return;
    const restored = screenerFromSearch(search, state);
    const normal = screenerSearch(restored);
    if (normal === derived) {
      // The same screen written another way (`page=1`, parameters in another order): tidy the address.
      navigate(`/${derived}`, { replace: true });
      return;
    }
    written.current = normal;
    dispatch({ type: 'restore', state: restored });
  }, [active, search, state, dispatch]);
}
