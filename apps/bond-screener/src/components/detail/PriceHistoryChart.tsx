import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatLongDate, formatMonthTick, formatPercent, formatPrice } from '../../lib/format';
import type { HistoryPoint } from '../../lib/history';

const tooltipFormat = (value: unknown, name: unknown) =>
  [name === 'Yield' ? formatPercent(value) : formatPrice(value), name] as [string, string];

/** Price (left axis) and yield (right axis) over time, dates on the x axis, values in the tooltip. */
export function PriceHistoryChart({ points, yieldLabel }: { points: HistoryPoint[]; yieldLabel: string }) {
  const hasYield = points.some((point) => point.yield !== null);
  return (
    <div className="chart" data-testid="price-chart">
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="date"
            tickFormatter={formatMonthTick}
            minTickGap={36}
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
          <Tooltip labelFormatter={(label) => formatLongDate(label)} formatter={tooltipFormat} />
          <Legend verticalAlign="top" height={28} />
          <Line
            yAxisId="price"
            type="monotone"
            dataKey="price"
            name="Price"
            stroke="var(--chart-price)"
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          {hasYield ? (
            <Line
              yAxisId="yield"
              type="monotone"
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
