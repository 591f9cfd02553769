import {
  formatDate,
  formatDateTime,
  formatEnum,
  formatInteger,
  formatNumber,
  formatPercent,
  formatPrice,
} from '../../lib/format';
import type { Universe } from '../../lib/universe';
import { QueryState } from '../QueryState';
import { Card } from './Card';

type Row = Record<string, unknown>;

interface LatestPriceCardProps {
  universe: Universe;
  query: {
    data: { data: unknown[] } | undefined;
    error: unknown;
    isPending: boolean;
    refetch: () => unknown;
  };
}

function metrics(universe: Universe, row: Row): [label: string, value: string][] {
  if (universe === 'munis') {
    // A muni's "latest price" is its last reported trade.
    return [
      ['Last trade price', formatPrice(row.price)],
      ['Yield to maturity', formatPercent(row.ytm_semi_annual)],
      ['Yield to call', formatPercent(row.ytc_semi_annual)],
      ['Traded', formatDateTime(row.trade_datetime)],
      ['Trade type', formatEnum(row.trade_type)],
      ['Amount', formatInteger(row.amount)],
    ];
  }
  return [
    ['Price', formatPrice(row.price)],
    ['Yield to maturity', formatPercent(row.yield_to_maturity)],
    ['Modified duration', formatNumber(row.modified_duration, 3)],
    ['Convexity', formatNumber(row.convexity, 3)],
    ['As of', formatDate(row.date)],
  ];
}

export function LatestPriceCard({ universe, query }: LatestPriceCardProps) {
  return (
    <Card id="latest-price" title={universe === 'munis' ? 'Latest trade' : 'Latest price'}>
      <QueryState
        query={query}
        loading="Loading the latest price…"
        empty="No price reported for this bond yet."
        isEmpty={(envelope) => envelope.data.length === 0}
      >
        {(envelope) => (
          <dl className="metrics">
            {metrics(universe, envelope.data[0] as Row).map(([label, value], index) => (
              <div
                key={label}
                className={index === 0 ? 'metrics__item metrics__item--lead' : 'metrics__item'}
              >
                <dt>{label}</dt>
                <dd data-testid={index === 0 ? 'latest-price' : undefined}>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </QueryState>
    </Card>
  );
}
