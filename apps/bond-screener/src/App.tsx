import { lazy, Suspense, useReducer } from 'react';
import { AppHeader } from './components/AppHeader';
import { Link } from './components/Link';
import { StateMessage } from './components/StateMessage';
import { useLocationSearch, usePathname } from './hooks/useLocation';
import { useScreenerUrl } from './hooks/useScreenerUrl';
import { parseRoute } from './lib/routes';
import { screenerHref } from './lib/screener-link';
import { screenerReducer } from './lib/screener-state';
import { screenerFromSearch } from './lib/url-state';
import { ScreenerPage } from './pages/ScreenerPage';

// The detail page carries the charting library; the screener loads without it.
const BondPage = lazy(() => import('./pages/BondPage').then((module) => ({ default: module.BondPage })));

export function App() {
  const route = parseRoute(usePathname());
  const search = useLocationSearch();
  // Held here, not in the screener page, so filters and the current page survive a visit to a bond; the first
  // screen comes from the address (a reload or a pasted link).
  const [screener, dispatch] = useReducer(screenerReducer, undefined, () =>
    screenerFromSearch(window.location.search),
  );
  useScreenerUrl(route.name === 'screener', search, screener, dispatch);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      {route.name === 'screener' ? (
        <ScreenerPage state={screener} dispatch={dispatch} />
      ) : route.name === 'bond' ? (
        <Suspense fallback={<StateMessage kind="loading">Loading…</StateMessage>}>
          <BondPage key={`${route.universe}/${route.isin}`} universe={route.universe} isin={route.isin} />
        </Suspense>
      ) : (
        <main className="not-found" id="main">
          <h1>Page not found</h1>
          <p>
            <Link href={screenerHref()}>Back to the screener</Link>
          </p>
        </main>
      )}
      <footer className="app-footer">
        Built on <code>@terrapin/core</code>, <code>@terrapin/react-hooks</code> and{' '}
        <code>@terrapin/express-middleware</code>. The API key stays on the server.
      </footer>
    </div>
  );
}
