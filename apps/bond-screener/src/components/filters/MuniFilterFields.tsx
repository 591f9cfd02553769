import type { MuniFilters } from '../../lib/filters';
import { formatEnum } from '../../lib/format';
import { muniInterestTypes, usStates } from '../../lib/options';
import { fieldInputId } from '../../lib/pointers';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { BoundsRange } from './BoundsRange';

interface Props {
  filters: MuniFilters;
  onChange: (patch: Partial<MuniFilters>) => void;
  errors: Record<string, string>;
}

const id = (field: string) => fieldInputId('munis', field);
const stateOptions: readonly (readonly [string, string])[] = [
  ['', 'Any state'],
  ...usStates.map(([code, name]) => [code, `${name} (${code})`] as const),
];

export function MuniFilterFields({ filters, onChange, errors }: Props) {
  return (
    <>
      <SelectField
        id={id('state')}
        label="State"
        value={filters.state}
        options={stateOptions}
        onChange={(state) => onChange({ state })}
        error={errors.state}
      />
      <TextField
        id={id('issuer')}
        label="Issuer"
        hint="Part of the issuer's name"
        value={filters.issuer}
        onChange={(issuer) => onChange({ issuer })}
        autoComplete="off"
        error={errors.issuer}
      />
      <CheckboxGroup
        id={id('interestTypes')}
        legend="Interest types"
        options={muniInterestTypes}
        selected={filters.interestTypes}
        onChange={(interestTypes) => onChange({ interestTypes })}
        format={(type) => (type === 'cab' ? 'Capital appreciation (CAB)' : formatEnum(type))}
        error={errors.interestTypes}
      />
      <BoundsRange range="coupon" universe="munis" filters={filters} onChange={onChange} errors={errors} />
      <BoundsRange range="maturity" universe="munis" filters={filters} onChange={onChange} errors={errors} />
    </>
  );
}
