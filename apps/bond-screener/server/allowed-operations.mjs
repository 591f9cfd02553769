/**
 * The operations the UI calls. The proxy refuses every other one, so the browser cannot reach endpoints the app
 * does not need (each would spend the server key's rate limit and quota).
 */
export const allowedOperations = /** @type {const} */ ([
  'bond_search',
  'bond_reference',
  'bond_pricing_latest',
  'bond_pricing_history',
  'bond_cashflows',
  'agency_search',
  'agency_reference',
  'agency_pricing_latest',
  'agency_pricing_history',
  'agency_cashflows',
  'muni_search',
  'muni_reference',
  'muni_pricing_latest',
  'muni_pricing_history',
  'muni_cashflows',
  'muni_documents',
  'muni_bonds_in_series',
  'download_document',
]);
