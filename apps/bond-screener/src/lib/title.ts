import { formatCoupon, formatDate } from './format';

type Row = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/**
 * A bond's display name: its own name, else the ticker, else `Issuer 3.750% 2034-02-01`. A municipal bond's
 * ticker is a terse code (`CA CALHSG 5 06/01/2040`), so a muni is described by its issue instead: issuer, series,
 * coupon and maturity (issue 18).
 */
export function bondTitle(row: Row | undefined, isin: string): string {
  if (!row) return isin;
  if (row.issuer_type === 'municipal' || str(row.series) !== null) {
    const issuer = str(row.issuer_name);
    const coupon = row.interest_rate ?? row.coupon;
    const parts = [
      issuer,
      str(row.series),
      coupon != null ? formatCoupon(coupon) : null,
      row.maturity_date ? `due ${formatDate(row.maturity_date)}` : null,
    ].filter(Boolean);
    if (issuer) return parts.join(' ');
  }
  const named = str(row.name) ?? str(row.ticker);
  if (named) return named;
  const issuer = str(row.issuer_name) ?? str(row.issuer);
  if (!issuer) return isin;
  const coupon = row.interest_rate ?? row.coupon;
  const parts = [
    issuer,
    coupon != null ? formatCoupon(coupon) : null,
    row.maturity_date ? formatDate(row.maturity_date) : null,
  ];
  return parts.filter(Boolean).join(' ');
}
