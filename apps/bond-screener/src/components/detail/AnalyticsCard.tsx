import { computeAnalytics } from '../../lib/analytics';
import { isoDay } from '../../lib/dates';
import { formatDate, formatNumber, formatPercent, formatPrice } from '../../lib/format';
import type { Universe } from '../../lib/universe';
import { Card } from './Card';

interface AnalyticsCardProps {
  universe: Universe;
  record: Record<string, unknown> | undefined;
  price: Record<string, unknown> | undefined;
}

/** Figures computed in the browser with @terrapin/core/analytics: no request, no quota. */
export function AnalyticsCard({ universe, record, price }: AnalyticsCardProps) {
  // Fixed-coupon bonds, callables included (to maturity, to the next call and to worst); muni pages too.
  void universe;
  if (!record || !price) return null;
  const result = computeAnalytics(record, price, isoDay(new Date()));
  return (
    <Card id="analytics" title="Computed here">
      {result.ok ? (
        <>
          <dl className="metrics" data-testid="analytics">
            <div className="metrics__item">
              <dt>Accrued interest</dt>
              <dd>{formatPrice(result.metrics.accruedInterest, 4)}</dd>
            </div>
            <div className="metrics__item">
              <dt>Dirty price</dt>
              <dd>{formatPrice(result.metrics.dirtyPrice)}</dd>
            </div>
            <div className="metrics__item">
              <dt>Yield to maturity (street)</dt>
              <dd>{formatPercent(result.metrics.yield)}</dd>
            </div>
            {result.calls ? (
              <>
                <div className="metrics__item" data-testid="yield-to-call">
                  <dt>
                    Yield to call ({formatDate(result.calls.nextCall.date)} at{' '}
                    {formatPrice(result.calls.nextCall.price, 2)})
                  </dt>
                  <dd>{formatPercent(result.calls.nextCall.yield)}</dd>
                </div>
                <div className="metrics__item" data-testid="yield-to-worst">
                  <dt>
                    Yield to worst (
                    {result.calls.worst.to === 'call'
                      ? `call ${formatDate(result.calls.worst.date)}`
                      : `maturity ${formatDate(result.calls.worst.date)}`}
                    )
                  </dt>
                  <dd>{formatPercent(result.calls.worst.yield)}</dd>
                </div>
              </>
            ) : null}
            <div className="metrics__item">
              <dt>Modified duration</dt>
              <dd>{formatNumber(result.metrics.modifiedDuration, 3)}</dd>
            </div>
            <div className="metrics__item">
              <dt>DV01 per 100</dt>
              <dd>{formatPrice(result.metrics.dv01, 4)}</dd>
            </div>
            <div className="metrics__item">
              <dt>Next coupon</dt>
              <dd>{formatDate(result.nextCoupon)}</dd>
            </div>
          </dl>
          <p className="metrics__note">
            From the reference record and the latest clean price, settling {formatDate(result.settlement)},
            with <code>@terrapin/core/analytics</code>: no request, no quota.
          </p>
        </>
      ) : (
        <p className="metrics__note">Not computed: {result.reason}</p>
      )}
    </Card>
  );
}
