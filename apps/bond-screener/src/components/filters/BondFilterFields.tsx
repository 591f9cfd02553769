import type { BondFilters, TriState } from '../../lib/filters';
import { formatEnum } from '../../lib/format';
import {
  bondAssetClasses,
  bondIssuerTypes,
  countrySuggestions,
  currencySuggestions,
} from '../../lib/options';
import { fieldInputId } from '../../lib/pointers';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { BoundsRange } from './BoundsRange';
import { callableOptions } from './callable-options';

interface Props {
  filters: BondFilters;
  onChange: (patch: Partial<BondFilters>) => void;
  errors: Record<string, string>;
}

const id = (field: string) => fieldInputId('bonds', field);

export function BondFilterFields({ filters, onChange, errors }: Props) {
  return (
    <>
      <TextField
        id={id('countries')}
        label="Countries"
        hint="Country names, comma-separated (e.g. Italy, Spain)"
        value={filters.countries}
        onChange={(countries) => onChange({ countries })}
        list="country-suggestions"
        autoComplete="off"
        error={errors.countries}
      />
      <datalist id="country-suggestions">
        {countrySuggestions.map((country) => (
          <option key={country} value={country} />
        ))}
      </datalist>
      <TextField
        id={id('currencies')}
        label="Currencies"
        hint="ISO codes, comma-separated (e.g. EUR, USD)"
        value={filters.currencies}
        onChange={(currencies) => onChange({ currencies })}
        list="currency-suggestions"
        autoComplete="off"
        error={errors.currencies}
      />
      <datalist id="currency-suggestions">
        {currencySuggestions.map((currency) => (
          <option key={currency} value={currency} />
        ))}
      </datalist>
      <BoundsRange range="coupon" universe="bonds" filters={filters} onChange={onChange} errors={errors} />
      <BoundsRange range="maturity" universe="bonds" filters={filters} onChange={onChange} errors={errors} />
      <CheckboxGroup
        id={id('issuerTypes')}
        legend="Issuer types"
        options={bondIssuerTypes}
        selected={filters.issuerTypes}
        onChange={(issuerTypes) => onChange({ issuerTypes })}
        format={formatEnum}
        error={errors.issuerTypes}
      />
      <CheckboxGroup
        id={id('assetClasses')}
        legend="Asset classes"
        options={bondAssetClasses}
        selected={filters.assetClasses}
        onChange={(assetClasses) => onChange({ assetClasses })}
        format={formatEnum}
        error={errors.assetClasses}
      />
      <SelectField
        id={id('callable')}
        label="Callable bonds"
        value={filters.callable}
        options={callableOptions.include}
        onChange={(callable) => onChange({ callable: callable as TriState })}
        error={errors.callable}
      />
    </>
  );
}
