import type { AgencyFilters, TriState } from '../../lib/filters';
import { formatEnum } from '../../lib/format';
import { agencyInterestTypes } from '../../lib/options';
import { fieldInputId } from '../../lib/pointers';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { RangeFields } from '../fields/RangeFields';
import { SelectField } from '../fields/SelectField';
import { callableOptions } from './callable-options';

interface Props {
  filters: AgencyFilters;
  onChange: (patch: Partial<AgencyFilters>) => void;
  errors: Record<string, string>;
}

const id = (field: string) => fieldInputId('agency', field);

export function AgencyFilterFields({ filters, onChange, errors }: Props) {
  return (
    <>
      <RangeFields
        legend="Coupon"
        unit="%"
        type="decimal"
        ids={[id('couponMin'), id('couponMax')]}
        values={[filters.couponMin, filters.couponMax]}
        errors={[errors.couponMin, errors.couponMax]}
        onChange={(bound, value) => onChange(bound === 0 ? { couponMin: value } : { couponMax: value })}
      />
      <CheckboxGroup
        id={id('interestTypes')}
        legend="Interest types"
        options={agencyInterestTypes}
        selected={filters.interestTypes}
        onChange={(interestTypes) => onChange({ interestTypes })}
        format={formatEnum}
        error={errors.interestTypes}
      />
      <SelectField
        id={id('callable')}
        label="Callable"
        value={filters.callable}
        options={callableOptions.select}
        onChange={(callable) => onChange({ callable: callable as TriState })}
        error={errors.callable}
      />
      <RangeFields
        legend="Maturity"
        type="date"
        ids={[id('maturityFrom'), id('maturityTo')]}
        values={[filters.maturityFrom, filters.maturityTo]}
        errors={[errors.maturityFrom, errors.maturityTo]}
        onChange={(bound, value) => onChange(bound === 0 ? { maturityFrom: value } : { maturityTo: value })}
      />
    </>
  );
}
