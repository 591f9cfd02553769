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

type Bound = keyof CouponMaturityBounds;

/** What differs between the two ranges: label, input kind and the pair of filter fields. */
const RANGES = {
  coupon: { legend: 'Coupon', unit: '%', type: 'decimal', bounds: ['couponMin', 'couponMax'] },
  maturity: { legend: 'Maturity', unit: undefined, type: 'date', bounds: ['maturityFrom', 'maturityTo'] },
} as const satisfies Record<
  string,
  { legend: string; unit: string | undefined; type: 'decimal' | 'date'; bounds: readonly [Bound, Bound] }
>;

interface Props {
  range: keyof typeof RANGES;
  universe: Universe;
  filters: CouponMaturityBounds;
  onChange: (patch: Partial<CouponMaturityBounds>) => void;
  errors: Record<string, string>;
}

/**
 * The coupon (%) or maturity (date) range inputs. One component so the three universes' panels keep the same ids
 * (the error-pointer mapping relies on them) and the same labels.
 */
export function BoundsRange({ range, universe, filters, onChange, errors }: Props) {
  const { legend, unit, type, bounds } = RANGES[range];
  const [min, max] = bounds;
  return (
    <RangeFields
      legend={legend}
      unit={unit}
      type={type}
      ids={[fieldInputId(universe, min), fieldInputId(universe, max)]}
      values={[filters[min], filters[max]]}
      errors={[errors[min], errors[max]]}
      onChange={(bound, value) => onChange({ [bound === 0 ? min : max]: value })}
    />
  );
}
