// GENERATED FILE — do not edit. Source: the tags of spec/openapi.yaml.
// Regenerate: pnpm generate (CI runs pnpm check:generated).

/**
 * The API's universes as client namespaces, from the spec's tags: `client.munis.pricingLatest` calls
 * `muni_pricing_latest` (the operations named `<prefix>_…`); the others (`inflation_factors`,
 * `convert_to_isin`, `download_document`) are top-level methods. `title` is the line help screens show.
 */
export const namespaces = {
  bonds: { prefix: 'bond', title: 'Government and corporate bonds' },
  agency: { prefix: 'agency', title: 'US agency bonds' },
  munis: { prefix: 'muni', title: 'US municipal bonds' },
} as const;
