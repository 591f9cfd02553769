import { useAppInfo } from '../hooks/useAppInfo';
import { screenerHref } from '../lib/screener-link';
import { Link } from './Link';
import { SdkStatus } from './SdkStatus';

export function AppHeader() {
  const info = useAppInfo();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link href={screenerHref()} className="app-header__title">
          <svg className="app-header__logo" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" />
            <path d="M6 22 L12 15 L17 19 L26 9" />
          </svg>
          Bond screener
        </Link>
        {info.data ? (
          <span
            className={`mode-badge mode-badge--${info.data.mode}`}
            title={
              info.data.mode === 'mock'
                ? 'No TERRAPIN_API_KEY set: data comes from the offline mock server'
                : undefined
            }
          >
            {info.data.mode === 'mock' ? 'Embedded mock data' : `Live: ${info.data.upstream}`}
          </span>
        ) : null}
      </div>
      <SdkStatus />
    </header>
  );
}
