import { formatCoupon, formatDate } from './format';

type Row = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** A bond's display name: its own name, else the ticker, else `Issuer 3.750% 2034-02-01`. */
export function bondTitle(row: Row | undefined, isin: string): string {
  if (!row) return isin;
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
