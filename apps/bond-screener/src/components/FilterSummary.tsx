import { formatEnum } from '../lib/format';
import type { Universe } from '../lib/universe';

interface FilterSummaryProps {
  universe: Universe;
  filters: object;
  count: number;
  open: boolean;
  onToggle: () => void;
}

const labels: Record<string, string> = {
  countries: 'Countries',
  currencies: 'Currencies',
  issuerTypes: 'Issuers',
  assetClasses: 'Asset classes',
  interestTypes: 'Interest',
  callable: 'Callable',
  state: 'State',
  issuer: 'Issuer',
};

/** "Coupon 3–5% · Italy · Issuers: Government": the filters in force, in one line. */
export function describeFilters(filters: Record<string, unknown>): string {
  const parts: string[] = [];
  const range = (min: unknown, max: unknown, unit = '') =>
    min || max ? `${min || '…'}–${max || '…'}${unit}` : null;
  const coupon = range(filters.couponMin, filters.couponMax, '%');
  if (coupon) parts.push(`Coupon ${coupon}`);
  const maturity = range(filters.maturityFrom, filters.maturityTo);
  if (maturity) parts.push(`Maturity ${maturity}`);
  for (const [key, label] of Object.entries(labels)) {
    const value = filters[key];
    if (Array.isArray(value) && value.length > 0) parts.push(`${label}: ${value.map(formatEnum).join(', ')}`);
    else if (typeof value === 'string' && value !== '' && value !== 'any') parts.push(`${label}: ${value}`);
  }
  return parts.join(' · ');
}

/**
 * On a phone the filter form is folded behind this one-line summary so the results show on the first screen
 * (issue 18); on wider screens CSS hides it and the form is always shown.
 */
export function FilterSummary({ universe, filters, count, open, onToggle }: FilterSummaryProps) {
  const text = describeFilters(filters as Record<string, unknown>);
  return (
    <button
      type="button"
      className="filter-summary"
      aria-expanded={open}
      aria-controls={`filters-${universe}`}
      onClick={onToggle}
    >
      <span className="filter-summary__title">
        Filters{count > 0 ? ` (${count})` : ''} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </span>
      <span className="filter-summary__text">{text || 'None: all bonds'}</span>
    </button>
  );
}
