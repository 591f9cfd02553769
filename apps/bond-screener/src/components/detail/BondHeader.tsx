import { formatCoupon, formatDate } from '../../lib/format';
import { screenerHref } from '../../lib/screener-link';
import { bondTitle } from '../../lib/title';
import { type Universe, universeLabels } from '../../lib/universe';
import { Link } from '../Link';

interface BondHeaderProps {
  universe: Universe;
  isin: string;
  record: Record<string, unknown> | undefined;
  loading: boolean;
}

export function BondHeader({ universe, isin, record, loading }: BondHeaderProps) {
  const coupon = record ? (record.interest_rate ?? record.coupon) : undefined;
  const issuer = record ? (record.issuer_name ?? record.issuer) : undefined;
  return (
    <div className="bond-header">
      <Link href={screenerHref()} className="back-link">
        <span aria-hidden="true">←</span> Back to results
      </Link>
      <h1 className="bond-header__title">{loading ? isin : bondTitle(record, isin)}</h1>
      <dl className="bond-header__facts">
        <div>
          <dt>ISIN</dt>
          <dd>
            <code>{isin}</code>
          </dd>
        </div>
        <div>
          <dt>Universe</dt>
          <dd>{universeLabels[universe]}</dd>
        </div>
        {typeof issuer === 'string' ? (
          <div>
            <dt>Issuer</dt>
            <dd>{issuer}</dd>
          </div>
        ) : null}
        {coupon != null ? (
          <div>
            <dt>Coupon</dt>
            <dd>{formatCoupon(coupon)}</dd>
          </div>
        ) : null}
        {record?.maturity_date ? (
          <div>
            <dt>Maturity</dt>
            <dd>{formatDate(record.maturity_date)}</dd>
          </div>
        ) : null}
        {typeof record?.currency === 'string' ? (
          <div>
            <dt>Currency</dt>
            <dd>{record.currency}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
