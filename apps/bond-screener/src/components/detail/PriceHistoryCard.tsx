import { useTerrapinQuery } from '@terrapin/react-hooks';
import { useState } from 'react';
import { type HistoryRange, historyRanges, historyWindow } from '../../lib/dates';
import { formatPrice } from '../../lib/format';
import { type HistoryPoint, priceChange, pricingPoints, tradePoints } from '../../lib/history';
import { operationsFor } from '../../lib/operations';
import type { Universe } from '../../lib/universe';
import { QueryState } from '../QueryState';
import { Card } from './Card';
import { PriceHistoryChart } from './PriceHistoryChart';
import { TradesTable } from './TradesTable';

function RangePicker({ value, onChange }: { value: HistoryRange; onChange: (range: HistoryRange) => void }) {
  return (
    <fieldset className="range-picker">
      <legend className="visually-hidden">History window</legend>
      {historyRanges.map((range) => (
        <label
          key={range}
          className={range === value ? 'range-picker__option is-active' : 'range-picker__option'}
        >
          <input
            type="radio"
            name="history-range"
            value={range}
            checked={range === value}
            onChange={() => onChange(range)}
          />
          {range}
        </label>
      ))}
    </fieldset>
  );
}

function Summary({ points, unit }: { points: HistoryPoint[]; unit: string }) {
  const change = priceChange(points);
  if (!change) return null;
  const direction = change.change > 0 ? 'up' : change.change < 0 ? 'down' : 'flat';
  return (
    <p className="chart-summary">
      {formatPrice(change.from)} → {formatPrice(change.to)}{' '}
      <span className={`change change--${direction}`}>
        ({change.change >= 0 ? '+' : '−'}
        {formatPrice(Math.abs(change.change))})
      </span>{' '}
      over {points.length} {unit}
      {points.length === 1 ? '' : 's'}
    </p>
  );
}

/** Price and yield history; for munis the same query also fills the trades table. */
interface PriceHistoryCardProps {
  universe: Universe;
  isin: string;
  /** Last day of the window (the latest price's date); null for today; undefined while still unknown. */
  asOf: string | null | undefined;
}

export function PriceHistoryCard({ universe, isin, asOf }: PriceHistoryCardProps) {
  const [range, setRange] = useState<HistoryRange>('1Y');
  const dates = historyWindow(range, asOf ? new Date(`${asOf}T00:00:00Z`) : new Date());
  const query = useTerrapinQuery(
    operationsFor[universe].pricingHistory as 'bond_pricing_history',
    { isin, ...dates },
    { enabled: asOf !== undefined },
  );
  const toPoints = universe === 'munis' ? tradePoints : pricingPoints;

  return (
    <Card
      id="history"
      title={universe === 'munis' ? 'Trade prices and yields' : 'Price and yield history'}
      aside={<RangePicker value={range} onChange={setRange} />}
    >
      <QueryState
        query={query}
        loading="Loading price history…"
        empty={universe === 'munis' ? 'No trades reported in this window.' : 'No prices in this window.'}
        isEmpty={(envelope) => toPoints(envelope.data).length === 0}
      >
        {(envelope) => {
          const points = toPoints(envelope.data);
          return (
            <>
              <Summary points={points} unit={universe === 'munis' ? 'trading day' : 'pricing day'} />
              <PriceHistoryChart points={points} yieldLabel={universe === 'munis' ? 'YTM (s.a.)' : 'Yield'} />
              {universe === 'munis' ? (
                <TradesTable trades={envelope.data as Record<string, unknown>[]} />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
