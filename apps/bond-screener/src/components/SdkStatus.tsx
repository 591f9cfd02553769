import { useProxyStatus } from '../hooks/useProxyStatus';
import { formatInteger, formatSeconds } from '../lib/format';

/** What the SDK tracks for the server's key: rate-limit headroom and distinct ISINs pulled this month. */
export function SdkStatus() {
  const status = useProxyStatus();
  const rate = status.data?.rateLimit ?? null;
  const quota = status.data?.quota ?? null;
  const low =
    rate?.remaining != null && rate.limit != null && rate.remaining <= Math.max(1, rate.limit * 0.1);

  return (
    <section className="sdk-status" aria-label="API usage">
      <div
        className={low ? 'sdk-status__item sdk-status__item--warn' : 'sdk-status__item'}
        data-testid="rate-limit"
      >
        <span className="sdk-status__label">Rate limit</span>
        <span className="sdk-status__value">
          {rate?.remaining != null && rate.limit != null ? (
            <>
              {formatInteger(rate.remaining)}
              <span className="sdk-status__of"> / {formatInteger(rate.limit)} left</span>
            </>
          ) : (
            <span className="sdk-status__of">no calls yet</span>
          )}
        </span>
        {rate?.resetSeconds != null ? (
          <span className="sdk-status__sub">resets in {formatSeconds(rate.resetSeconds)}</span>
        ) : null}
      </div>
      <div className="sdk-status__item" data-testid="quota">
        <span className="sdk-status__label">ISINs this month</span>
        <span className="sdk-status__value">
          {quota ? (
            <>
              {formatInteger(quota.used)}
              {quota.budget != null ? (
                <span className="sdk-status__of"> / {formatInteger(quota.budget)}</span>
              ) : null}
            </>
          ) : status.isError ? (
            <span className="sdk-status__of">unavailable</span>
          ) : (
            <span className="sdk-status__of">…</span>
          )}
        </span>
        <span className="sdk-status__sub">distinct, counted by the proxy</span>
      </div>
    </section>
  );
}
