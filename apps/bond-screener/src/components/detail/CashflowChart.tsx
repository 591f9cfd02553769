import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CashflowBar } from '../../lib/cashflows';
import { formatLongDate, formatMonthTick, formatPrice } from '../../lib/format';

/** Coupons and principal per payment date (amounts per 100 nominal), stacked. */
export function CashflowChart({ bars }: { bars: CashflowBar[] }) {
  return (
    <div className="chart chart--small" data-testid="cashflow-chart">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={bars} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis dataKey="date" tickFormatter={formatMonthTick} minTickGap={24} tick={{ fontSize: 11 }} />
          {/* Linear: a square-root scale made a coupon look a third of the principal (issue 18). */}
          <YAxis
            width={56}
            tick={{ fontSize: 11 }}
            label={{
              value: 'Per 100 nominal',
              angle: -90,
              position: 'insideLeft',
              style: { fontSize: 11, fill: 'var(--muted)', textAnchor: 'middle' },
            }}
          />
          <Tooltip
            labelFormatter={(label) => formatLongDate(label)}
            formatter={(value, name) => [formatPrice(value), name] as [string, string]}
          />
          <Legend verticalAlign="top" height={24} iconSize={10} />
          <Bar
            dataKey="interest"
            name="Interest"
            stackId="flow"
            fill="var(--chart-interest)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="principal"
            name="Principal"
            stackId="flow"
            fill="var(--chart-principal)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
