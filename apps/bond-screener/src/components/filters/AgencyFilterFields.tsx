import type { AgencyFilters, TriState } from '../../lib/filters';
import { formatEnum } from '../../lib/format';
import { agencyInterestTypes } from '../../lib/options';
import { fieldInputId } from '../../lib/pointers';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { SelectField } from '../fields/SelectField';
import { BoundsRange } from './BoundsRange';
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
      <BoundsRange range="coupon" universe="agency" filters={filters} onChange={onChange} errors={errors} />
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
      <BoundsRange range="maturity" universe="agency" filters={filters} onChange={onChange} errors={errors} />
    </>
  );
}
