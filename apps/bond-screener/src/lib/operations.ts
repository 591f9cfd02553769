import type { Universe } from './universe';

/** The API operation behind each part of the UI, per universe (the proxy's allow-list mirrors these). */
export const operationsFor = {
  bonds: {
    search: 'bond_search',
    reference: 'bond_reference',
    pricingLatest: 'bond_pricing_latest',
    pricingHistory: 'bond_pricing_history',
    cashflows: 'bond_cashflows',
  },
  agency: {
    search: 'agency_search',
    reference: 'agency_reference',
    pricingLatest: 'agency_pricing_latest',
    pricingHistory: 'agency_pricing_history',
    cashflows: 'agency_cashflows',
  },
  munis: {
    search: 'muni_search',
    reference: 'muni_reference',
    pricingLatest: 'muni_pricing_latest',
    pricingHistory: 'muni_pricing_history',
    cashflows: 'muni_cashflows',
  },
} as const satisfies Record<Universe, Record<string, string>>;
