import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { isoDay } from '../../lib/dates';
import { formatLongDate, formatPercent, formatPrice } from '../../lib/format';
import type { HistoryPoint } from '../../lib/history';
import { dateToMs, timeTicks } from '../../lib/time-axis';

const tooltipFormat = (value: unknown, name: unknown) =>
  [name === 'Yield' ? formatPercent(value) : formatPrice(value), name] as [string, string];

/** Price (left axis) and yield (right axis) over time, dates on the x axis, values in the tooltip. */
export function PriceHistoryChart({ points, yieldLabel }: { points: HistoryPoint[]; yieldLabel: string }) {
  const hasYield = points.some((point) => point.yield !== null);
  // A time axis, not a category one: gaps (weekends, days without a muni trade) keep their width.
  const data = points.map((point) => ({ ...point, t: dateToMs(point.date) }));
  const axis = timeTicks(data[0]?.t ?? Number.NaN, data.at(-1)?.t ?? Number.NaN);
  const dot = data.length <= 40 ? { r: 3 } : false;
  return (
    <div className="chart" data-testid="price-chart">
      <ResponsiveContainer width="100%" height={330}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={axis.ticks}
            tickFormatter={axis.format}
            padding={{ left: 8, right: 8 }}
            tick={{ fontSize: 12 }}
            stroke="var(--muted)"
          />
          <YAxis
            yAxisId="price"
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => formatPrice(value, 2)}
            width={64}
            tick={{ fontSize: 12 }}
            stroke="var(--muted)"
            label={{ value: 'Price', angle: -90, position: 'insideLeft', fontSize: 12, fill: 'var(--muted)' }}
          />
          {hasYield ? (
            <YAxis
              yAxisId="yield"
              orientation="right"
              domain={['auto', 'auto']}
              tickFormatter={(value: number) => `${value.toFixed(2)}%`}
              width={60}
              tick={{ fontSize: 12 }}
              stroke="var(--muted)"
            />
          ) : null}
          <Tooltip
            labelFormatter={(t) => formatLongDate(isoDay(new Date(Number(t))))}
            formatter={tooltipFormat}
          />
          <Legend verticalAlign="top" height={28} />
          <Line
            yAxisId="price"
            type="linear"
            dataKey="price"
            name="Price"
            stroke="var(--chart-price)"
            strokeWidth={2}
            dot={dot}
            connectNulls
            isAnimationActive={false}
          />
          {hasYield ? (
            <Line
              yAxisId="yield"
              type="linear"
              dataKey="yield"
              name={yieldLabel}
              stroke="var(--chart-yield)"
              strokeWidth={1.5}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
