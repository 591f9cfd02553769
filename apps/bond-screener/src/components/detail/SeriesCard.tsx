import { useMuniBondsInSeries } from '@terrapin/react-hooks';
import { formatCoupon, formatDate } from '../../lib/format';
import { bondPath } from '../../lib/routes';
import { Link } from '../Link';
import { QueryState } from '../QueryState';
import { Card } from './Card';

type Row = Record<string, unknown>;

/** The other maturities of the same municipal series, each a link to its own page. */
export function SeriesCard({ isin }: { isin: string }) {
  const query = useMuniBondsInSeries({ isin });
  return (
    <Card id="series" title="Bonds in the same series">
      <QueryState
        query={query}
        loading="Loading the series…"
        empty="No other bonds in this series."
        isEmpty={(envelope) => envelope.data.length === 0}
      >
        {(envelope) => {
          const rows = [...(envelope.data as Row[])].sort((a, b) =>
            String(a.maturity_date ?? '').localeCompare(String(b.maturity_date ?? '')),
          );
          return (
            <div className="table-scroll table-scroll--tall">
              <table className="data-table data-table--compact">
                <caption className="visually-hidden">Bonds in the same series, by maturity</caption>
                <thead>
                  <tr>
                    <th scope="col">ISIN</th>
                    <th scope="col">Maturity</th>
                    <th scope="col" className="numeric">
                      Coupon
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => {
                    const sibling = typeof row.isin === 'string' ? row.isin : null;
                    return (
                      <tr key={sibling ?? index} className={sibling === isin ? 'is-current' : undefined}>
                        <th scope="row">
                          {sibling === null ? (
                            '—'
                          ) : sibling === isin ? (
                            <span aria-current="page">{sibling} (this bond)</span>
                          ) : (
                            <Link href={bondPath('munis', sibling)}>{sibling}</Link>
                          )}
                        </th>
                        <td>{formatDate(row.maturity_date)}</td>
                        <td className="numeric">{formatCoupon(row.interest_rate ?? row.coupon)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
    </Card>
  );
}
