import { fieldInputId } from '../../lib/pointers';
import type { Universe } from '../../lib/universe';
import { RangeFields } from '../fields/RangeFields';

/** The coupon and maturity bounds every universe's filters share. */
export interface CouponMaturityBounds {
  couponMin: string;
  couponMax: string;
  maturityFrom: string;
  maturityTo: string;
}

interface Props {
  universe: Universe;
  filters: CouponMaturityBounds;
  onChange: (patch: Partial<CouponMaturityBounds>) => void;
  errors: Record<string, string>;
}

/**
 * Coupon (%) and maturity (date) range inputs. One component so the three universes'
 * panels keep the same ids (the error-pointer mapping relies on them) and the same labels.
 */
export function CouponRange({ universe, filters, onChange, errors }: Props) {
  const id = (field: keyof CouponMaturityBounds) => fieldInputId(universe, field);
  return (
    <RangeFields
      legend="Coupon"
      unit="%"
      type="decimal"
      ids={[id('couponMin'), id('couponMax')]}
      values={[filters.couponMin, filters.couponMax]}
      errors={[errors.couponMin, errors.couponMax]}
      onChange={(bound, value) => onChange(bound === 0 ? { couponMin: value } : { couponMax: value })}
    />
  );
}

/** Maturity date range; see {@link CouponRange}. */
export function MaturityRange({ universe, filters, onChange, errors }: Props) {
  const id = (field: keyof CouponMaturityBounds) => fieldInputId(universe, field);
  return (
    <RangeFields
      legend="Maturity"
      type="date"
      ids={[id('maturityFrom'), id('maturityTo')]}
      values={[filters.maturityFrom, filters.maturityTo]}
      errors={[errors.maturityFrom, errors.maturityTo]}
      onChange={(bound, value) => onChange(bound === 0 ? { maturityFrom: value } : { maturityTo: value })}
    />
  );
}
