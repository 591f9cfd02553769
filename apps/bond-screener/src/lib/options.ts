/** Choices offered by the filter form; the enums come from the contract, the rest are common picks. */
export const bondAssetClasses = [
  'bond',
  'medium-term note',
  'money market',
  'convertible note',
  'asset-backed security',
  'mortgage-backed security',
  'structured product',
] as const;

/** bond_search `issuer_types` (the CLI's `--issuer-types`). */
export const bondIssuerTypes = ['government', 'corporate', 'municipal'] as const;

export const agencyInterestTypes = [
  'fixed rate',
  'step rate',
  'variable rate',
  'zero rate / discount rate',
] as const;

export const muniInterestTypes = [
  'fixed rate',
  'variable rate',
  'step rate',
  'term rate',
  'cab',
  'cab-to-fixed',
  'zero rate / discount rate',
] as const;

/** Suggestions for the free-text country field (bond_search takes country names, CONTRACT §8). */
export const countrySuggestions = [
  'Italy',
  'Germany',
  'France',
  'Spain',
  'Netherlands',
  'Belgium',
  'Austria',
  'Portugal',
  'Ireland',
  'United Kingdom',
  'United States of America',
  'Japan',
  'Canada',
] as const;

export const currencySuggestions = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD'] as const;

export const usStates: readonly (readonly [code: string, name: string])[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['PR', 'Puerto Rico'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];
