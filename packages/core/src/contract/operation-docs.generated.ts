// GENERATED FILE — do not edit. Source: spec/openapi.yaml.
// Regenerate: pnpm generate (CI runs pnpm check:generated).
import type { OperationDocs } from './types';

/**
 * Documentation of every operation, keyed like the operations table: the spec's summary and description, and
 * one entry per request field (type, format, enum, range, whether required, description). The CLI builds its
 * commands, flags and help from it; generated docs (hook TSDoc) quote it. It lives apart from the operations
 * table so that apps calling the API do not ship this text: import it from `@terrapin/core/docs`.
 */
export const operationDocs: OperationDocs = {
  bond_search: {
    summary: 'Government and corporate bond search',
    description: 'Find government/corporate bonds matching filters; returns compact rows plus a total count.',
    fields: [
      {
        name: 'asset_classes',
        type: 'array',
        required: false,
        items: 'string',
        enum: [
          'structured product',
          'medium-term note',
          'money market',
          'bond',
          'asset-backed security',
          'mortgage-backed security',
          'convertible note',
        ],
        description: 'Filter by asset class.',
      },
      {
        name: 'countries',
        type: 'array',
        required: false,
        items: 'string',
        description:
          "Filter by country of the issuing entity, given as a country name (e.g. 'Italy', " +
          "'Germany', 'United Kingdom', 'United States of America'). Older docs: partial name match.",
      },
      {
        name: 'coupon_max',
        type: 'number',
        required: false,
        description: 'Upper bound on coupon (percent).',
      },
      {
        name: 'coupon_min',
        type: 'number',
        required: false,
        description: 'Lower bound on coupon (percent).',
      },
      {
        name: 'currencies',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Filter by bond currency (ISO 4217 3-letter codes).',
      },
      {
        name: 'full_reference_data',
        type: 'boolean',
        required: false,
        description:
          'Return full bond_reference-shaped objects instead of compact search rows. Needs a special ' +
          'account tier.',
      },
      {
        name: 'handles',
        type: 'array',
        required: false,
        items: 'string',
        enum: [
          'de_bobl',
          'de_bund',
          'de_schatz',
          'de_ilb',
          'de_green',
          'de_bubill',
          'uk_gilt',
          'uk_green_gilt',
          'uk_il_gilt',
          'uk_bill',
          'fr_btf',
          'fr_oat',
          'fr_oatei',
          'fr_oati',
          'fr_bond',
          'nl_dsl',
          'nl_dtc',
        ],
        description: "Filter by predefined bond category ('handle').",
      },
      {
        name: 'include_callable',
        type: 'boolean',
        required: false,
        description: 'Whether callable bonds are included.',
      },
      {
        name: 'include_non_outstanding',
        type: 'boolean',
        required: false,
        description: 'Include bonds no longer outstanding (greatly enlarges results).',
      },
      {
        name: 'include_puttable',
        type: 'boolean',
        required: false,
        description: 'Whether puttable bonds are included.',
      },
      {
        name: 'interest_types',
        type: 'array',
        required: false,
        items: 'string',
        enum: ['fixed rate', 'zero rate / discount rate', 'variable rate'],
        description: 'Filter by interest type.',
      },
      {
        name: 'isins',
        type: 'array',
        required: false,
        items: 'string',
        format: 'isin',
        description: 'Restrict to these ISINs.',
      },
      {
        name: 'issued_amount_max',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Upper bound on total issued (nominal) amount.',
      },
      {
        name: 'issued_amount_min',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Lower bound on total issued (nominal) amount.',
      },
      {
        name: 'issuer_types',
        type: 'array',
        required: false,
        items: 'string',
        enum: ['corporate', 'government', 'municipal'],
        description: 'Filter by issuer type.',
      },
      {
        name: 'issuers',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Filter by issuer name (partial match).',
      },
      {
        name: 'last_trade_date_min',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Only bonds that have traded on/after this date (YYYY-MM-DD).',
      },
      {
        name: 'leis',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Filter by issuer Legal Entity Identifier(s).',
      },
      {
        name: 'leis_direct_parent',
        type: 'array',
        required: false,
        items: 'string',
        description: "Filter by LEI(s) of the issuer's direct parent.",
      },
      {
        name: 'leis_ultimate_parent',
        type: 'array',
        required: false,
        items: 'string',
        description: "Filter by LEI(s) of the issuer's ultimate parent.",
      },
      {
        name: 'limit',
        type: 'integer',
        required: false,
        minimum: 0,
        description: "Maximum rows to return; 0 returns only 'total'.",
      },
      {
        name: 'maturity_date_max',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Latest maturity date (YYYY-MM-DD).',
      },
      {
        name: 'maturity_date_min',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Earliest maturity date (YYYY-MM-DD).',
      },
      {
        name: 'offset',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Rows to skip (pagination).',
      },
    ],
  },
  bond_reference: {
    summary: 'Government and corporate reference data',
    description: 'Full reference data for the given government/corporate ISINs.',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to look up (12 chars each; check digit validated; upper-cased server-side).',
      },
    ],
  },
  bond_pricing_latest: {
    summary: 'Government and corporate latest pricing data',
    description:
      'Most recent end-of-day price/yield/risk figures for each ISIN, optionally as of a given ' + 'date.',
    fields: [
      {
        name: 'as_of_date',
        type: 'string',
        required: false,
        format: 'date',
        description:
          'Return the latest pricing on or before this date (YYYY-MM-DD); omit for the most recent.',
      },
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to price.',
      },
    ],
  },
  bond_pricing_history: {
    summary: 'Government and corporate historical pricing data',
    description: 'Daily end-of-day pricing series for one ISIN between two dates (inclusive).',
    fields: [
      {
        name: 'end_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'Last trade date to include (YYYY-MM-DD).',
      },
      { name: 'isin', type: 'string', required: true, format: 'isin', description: 'ISIN of the bond.' },
      {
        name: 'start_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'First trade date to include (YYYY-MM-DD).',
      },
    ],
  },
  bond_cashflows: {
    summary: 'Government and corporate cashflow data',
    description: 'Projected interest and principal schedule for each ISIN (fixed or zero rate bonds).',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs.',
      },
    ],
  },
  inflation_factors: {
    summary: 'Inflation factors',
    description:
      "Daily inflation (index-ratio) factors for a country's inflation-linked government bonds " +
      'over a date range.',
    fields: [
      {
        name: 'country',
        type: 'string',
        required: true,
        enum: ['DE', 'ES', 'FR', 'IT', 'UK', 'US'],
        description: 'Two-letter country of the government issuer.',
      },
      {
        name: 'end_date',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Inclusive upper date; defaults to the latest available factor.',
      },
      {
        name: 'start_date',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Inclusive lower date; defaults to the earliest available factor.',
      },
    ],
  },
  agency_search: {
    summary: 'US agency bond search',
    description: 'Find US agency bonds (Freddie Mac / Fannie Mae) by filters; compact rows plus total.',
    fields: [
      {
        name: 'coupon_max',
        type: 'number',
        required: false,
        description: 'Upper bound on coupon rate (percent).',
      },
      {
        name: 'coupon_min',
        type: 'number',
        required: false,
        description: 'Lower bound on coupon rate (percent).',
      },
      {
        name: 'full_reference_data',
        type: 'boolean',
        required: false,
        description: 'Return agency_reference-shaped objects. Special account tier required.',
      },
      {
        name: 'interest_types',
        type: 'array',
        required: false,
        items: 'string',
        enum: ['fixed rate', 'step rate', 'variable rate', 'zero rate / discount rate'],
        description: 'Filter by interest type.',
      },
      {
        name: 'is_callable',
        type: 'boolean',
        required: false,
        description: 'Only callable (true) or only non-callable (false) bonds.',
      },
      {
        name: 'isins',
        type: 'array',
        required: false,
        items: 'string',
        format: 'isin',
        description: 'Restrict to these ISINs (12 chars).',
      },
      {
        name: 'issue_date_max',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Latest issue date.',
      },
      {
        name: 'issue_date_min',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Earliest issue date.',
      },
      {
        name: 'issued_amount_max',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Upper bound on issued nominal amount.',
      },
      {
        name: 'issued_amount_min',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Lower bound on issued nominal amount.',
      },
      {
        name: 'issuer_name',
        type: 'string',
        required: false,
        enum: ['FEDERAL HOME LOAN MORTGAGE CORPORATION', 'FEDERAL NATIONAL MORTGAGE ASSOCIATION'],
        description: 'Issuing agency.',
      },
      {
        name: 'limit',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Maximum rows to return; 0 returns no rows but still reports total.',
      },
      {
        name: 'maturity_date_max',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Latest maturity date.',
      },
      {
        name: 'maturity_date_min',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Earliest maturity date.',
      },
      {
        name: 'offset',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Rows to skip before returning results.',
      },
      {
        name: 'sort',
        type: 'string',
        required: false,
        description: "Sort key; prefix with '-' for descending.",
      },
    ],
  },
  agency_reference: {
    summary: 'US agency bond reference',
    description: 'Full reference data (incl. call and coupon schedules) for the given US agency ISINs.',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to look up.',
      },
    ],
  },
  agency_pricing_latest: {
    summary: 'US agency latest end of day pricing data',
    description: 'Latest end-of-day pricing for each agency ISIN, optionally as of a date.',
    fields: [
      {
        name: 'as_of_date',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Return latest pricing as of this date (YYYY-MM-DD); omit for most recent.',
      },
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to price.',
      },
    ],
  },
  agency_pricing_history: {
    summary: 'US agency historical end of day pricing data',
    description: 'Daily end-of-day pricing for one agency ISIN between two dates.',
    fields: [
      {
        name: 'end_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'Last trade date (YYYY-MM-DD), inclusive.',
      },
      { name: 'isin', type: 'string', required: true, format: 'isin', description: 'ISIN of the bond.' },
      {
        name: 'start_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'First trade date (YYYY-MM-DD), inclusive.',
      },
    ],
  },
  agency_cashflows: {
    summary: 'US agency cashflow data (inferred)',
    description: 'Projected interest/principal schedule per agency ISIN (inferred).',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs.',
      },
    ],
  },
  muni_search: {
    summary: 'US municipal bond search',
    description:
      'Filter the US municipal universe and get back a compact record per bond (the same compact ' +
      'record is used by muni_bonds_in_series). Does not use the data-retrieval ISIN quota (it ' +
      'is metered against the separate search quota, see x-contract-notes).',
    fields: [
      {
        name: 'advisors',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Keep only bonds that list one of these financial advisors.',
      },
      {
        name: 'coupon_max',
        type: 'number',
        required: false,
        description: 'Upper bound on the coupon, in percent.',
      },
      {
        name: 'coupon_min',
        type: 'number',
        required: false,
        description: 'Lower bound on the coupon, in percent.',
      },
      {
        name: 'full_reference_data',
        type: 'boolean',
        required: false,
        description:
          'When true, each result carries the full muni_reference record instead of the compact ' +
          'record. Needs a special account tier.',
      },
      {
        name: 'include_bonds_without_os',
        type: 'boolean',
        required: false,
        description:
          'Also return bonds that have no final official statement yet (typically very new issues); ' +
          'their fields are best-effort.',
      },
      {
        name: 'include_callable',
        type: 'boolean',
        required: false,
        description: 'Whether callable bonds are included in the results.',
      },
      {
        name: 'interest_types',
        type: 'array',
        required: false,
        items: 'string',
        enum: [
          'fixed rate',
          'cab',
          'variable rate',
          'term rate',
          'cab-to-fixed',
          'step rate',
          'zero rate / discount rate',
        ],
        description: 'Keep only bonds with one of these interest structures.',
      },
      {
        name: 'is_insured',
        type: 'boolean',
        required: false,
        description: 'Filter on whether a bond insurer wraps the bond.',
      },
      {
        name: 'isins',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Restrict the search to these ISINs (12-character codes).',
      },
      {
        name: 'issue_date_max',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Latest issue date, YYYY-MM-DD.',
      },
      {
        name: 'issue_date_min',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Earliest issue date, YYYY-MM-DD.',
      },
      {
        name: 'issued_amount_max',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Upper bound on the total issued nominal amount.',
      },
      {
        name: 'issued_amount_min',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Lower bound on the total issued nominal amount.',
      },
      {
        name: 'issuer_name',
        type: 'string',
        required: false,
        description:
          'Issuer (municipality, district, authority...) to match. Replaced the older "issuers" ' +
          'array in era C.',
      },
      {
        name: 'issuers',
        type: 'array',
        required: false,
        items: 'string',
        description:
          'OLDER eras (A, B): list of issuer names; each may be a full or a partial name and matches ' +
          "any issuer containing it (e.g. 'CAMERON COUNTY' matches 'CAMERON COUNTY, TEXAS').",
      },
      {
        name: 'limit',
        type: 'integer',
        required: false,
        minimum: -1,
        description:
          'Maximum number of results to return (e.g. total 1450, limit 100, offset 0 returns the ' +
          'first 100). -1 disables the cap.',
      },
      {
        name: 'maturity_date_max',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Latest maturity date, YYYY-MM-DD.',
      },
      {
        name: 'maturity_date_min',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Earliest maturity date, YYYY-MM-DD.',
      },
      {
        name: 'offset',
        type: 'integer',
        required: false,
        minimum: 0,
        description: 'Pagination offset (limit 100 with offset 50 returns results 50..150).',
      },
      {
        name: 'sectors',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Issuer-sector filter (secondary evidence only).',
      },
      {
        name: 'sources_of_repayment',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Repayment-source filter (secondary evidence only).',
      },
      {
        name: 'states',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Two-letter US state codes (secondary evidence only).',
      },
      {
        name: 'sort',
        type: 'array',
        required: false,
        items: 'string',
        description:
          'Sort keys, \'-\' prefix for descending, e.g. ["-issue_date"] (secondary evidence only).',
      },
      {
        name: 'last_traded_since',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Only bonds traded since this date (secondary evidence only).',
      },
    ],
  },
  muni_entity_search: {
    summary: 'Search for municipal bond issuers/entities',
    description:
      'Free-text lookup of municipal issuers/obligors ("entities"); the query is matched against ' +
      'entity name, state and counties. Does not use the data-retrieval ISIN quota.',
    fields: [
      {
        name: 'limit',
        type: 'integer',
        required: false,
        minimum: 1,
        maximum: 50,
        description: 'Maximum number of entities to return.',
      },
      {
        name: 'search_query',
        type: 'string',
        required: true,
        description: 'Text to look for in entity name, state and counties.',
      },
    ],
  },
  muni_reference: {
    summary: 'US municipal bond reference data',
    description:
      'Full reference record (terms, schedules, tax flags, parties, classification) for each ' +
      'requested municipal ISIN. Counts against the monthly ISIN quota. The complete field list ' +
      'is documented on the "US municipal bonds" data-dictionary page.',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to look up (12-character codes).',
      },
    ],
  },
  muni_pricing_latest: {
    summary: 'Municipal latest end of day pricing data',
    description:
      'Most recent trade/price for each requested municipal ISIN, optionally as of a past date. ' +
      'Counts against the monthly ISIN quota (pricing data).',
    fields: [
      {
        name: 'as_of_date',
        type: 'string',
        required: false,
        format: 'date',
        description: 'Return the latest pricing as of this date (YYYY-MM-DD). Omit for the most recent data.',
      },
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to price (12-character codes).',
      },
    ],
  },
  muni_pricing_history: {
    summary: 'Municipal historical pricing data',
    description:
      'All reported trades of one municipal ISIN between two trade dates. Counts against the ' +
      'monthly ISIN quota; the history window depends on the subscription tier (e.g. 1 year on ' +
      'Startup).',
    fields: [
      {
        name: 'end_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'Last trade date to include, YYYY-MM-DD.',
      },
      {
        name: 'isin',
        type: 'string',
        required: true,
        format: 'isin',
        description: 'ISIN of the bond (12 characters).',
      },
      {
        name: 'start_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'First trade date to include, YYYY-MM-DD.',
      },
    ],
  },
  muni_pricing_daily_history: {
    summary: 'Bulk municipal historical pricing data for a given day.',
    description:
      'Every reported US municipal trade (all ISINs) for one trade date. One of the newer crawls ' +
      'documents an Accept header (JSON or CSV).',
    fields: [
      {
        name: 'trade_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'Trade date to dump, YYYY-MM-DD.',
      },
    ],
  },
  muni_price_to_yield: {
    summary: 'Municipal price to yield conversion',
    description:
      'Compute yield-to-maturity and yield-to-call (three compounding conventions each) for ' +
      'municipal ISINs from caller-supplied (price, settlement date) pairs. Several ISINs and ' +
      'several price points per ISIN can be sent in one call.',
    fields: [],
  },
  muni_cashflows: {
    summary: 'US municipal bond cashflow data',
    description:
      'Projected interest and principal cash-flow schedule for each requested municipal ISIN ' +
      '(amounts per 100 of par). Counts against the monthly ISIN quota.',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to project (12-character codes).',
      },
    ],
  },
  muni_documents: {
    summary: 'Get documents for a municipal bond',
    description:
      "List the documents Terrapin holds for a municipal bond: the bond's official statements, " +
      "or the continuing-disclosure (EMMA) filings of the bond's obligor. Each item gives file " +
      'keys to pass to POST /api/v1/download_document.',
    fields: [
      {
        name: 'document_type',
        type: 'string',
        required: true,
        enum: ['disclosure_document', 'official_statement'],
        description:
          "official_statement = the bond's own official statements; disclosure_document = disclosure " +
          "filings of the bond's obligor.",
      },
      {
        name: 'isin',
        type: 'string',
        required: true,
        format: 'isin',
        description: 'Bond ISIN (12 characters).',
      },
    ],
  },
  muni_bonds_in_series: {
    summary: 'Get all municipal bonds in the same series',
    description:
      'Given one ISIN, list every municipal bond issued in the same series (siblings, including ' +
      'the input bond). Items use the muni_search compact record.',
    fields: [
      {
        name: 'isin',
        type: 'string',
        required: true,
        format: 'isin',
        description: 'ISIN of any bond of the series (12 characters).',
      },
    ],
  },
  muni_events: {
    summary: 'US municipal bond events',
    description:
      'Life-cycle / corporate-action history of municipal bonds (creation, calls, defeasances, ' +
      'splits, consolidations, ...), one event list per ISIN.',
    fields: [
      {
        name: 'isins',
        type: 'array',
        required: true,
        items: 'string',
        format: 'isin',
        description: 'ISINs to fetch events for (12 characters each).',
      },
    ],
  },
  muni_stats_trade_activity: {
    summary: 'US municipal bond trade activity statistics',
    description:
      'Aggregate secondary-market trade statistics (volume and counts by trade side) for the ' +
      'municipal bonds matching the filters over a trade-date window.',
    fields: [
      {
        name: 'end_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'Last trade date included, YYYY-MM-DD.',
      },
      {
        name: 'start_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'First trade date included, YYYY-MM-DD.',
      },
      {
        name: 'capital_purpose',
        type: 'array',
        required: false,
        items: 'string',
        enum: ['mixed', 'new money', 'refunding'],
        description: 'New money / refunding / mixed filter.',
      },
      {
        name: 'interest_types',
        type: 'array',
        required: false,
        items: 'string',
        enum: [
          'cab',
          'cab-to-fixed',
          'fixed rate',
          'step rate',
          'term rate',
          'variable rate',
          'zero rate / discount rate',
        ],
        description: 'Interest structure filter.',
      },
      {
        name: 'states',
        type: 'array',
        required: false,
        items: 'string',
        description: 'Two-letter state codes (seen in the example).',
      },
      { name: 'is_amt', type: 'boolean', required: false, description: 'AMT bonds only / exclude.' },
      { name: 'is_bank_qualified', type: 'boolean', required: false },
      { name: 'is_federally_taxable', type: 'boolean', required: false },
      { name: 'is_green', type: 'boolean', required: false },
      { name: 'is_insured', type: 'boolean', required: false },
      { name: 'is_pac', type: 'boolean', required: false },
      { name: 'is_social', type: 'boolean', required: false },
      { name: 'is_sustainable', type: 'boolean', required: false },
      { name: 'group_by', type: 'string', required: false },
      { name: 'period', type: 'string', required: false },
      { name: 'rating_group', type: 'string', required: false },
      { name: 'seniority', type: 'array', required: false, items: 'string' },
      { name: 'sources_of_repayment', type: 'array', required: false, items: 'string' },
      { name: 'use_sectors', type: 'array', required: false, items: 'string' },
      { name: 'use_categories', type: 'array', required: false, items: 'string' },
      { name: 'uses_of_proceeds', type: 'array', required: false, items: 'string' },
    ],
  },
  muni_stats_top_issuers: {
    summary: 'Top Issuers',
    description:
      'Ranking of municipal issuers over a date range, mixing new-issue and secondary-trading ' +
      'metrics, sorted descending by the chosen metric. Commercial paper and new issues that ' +
      'still lack a final official statement are excluded. New issuance is windowed on each ' +
      "bond's dated date; trade metrics on the trade date.",
    fields: [
      { name: 'end_date', type: 'string', required: true, format: 'date', description: 'End of the window.' },
      {
        name: 'start_date',
        type: 'string',
        required: true,
        format: 'date',
        description: 'Start of the window.',
      },
      {
        name: 'capital_purpose',
        type: 'array',
        required: false,
        items: 'string',
        enum: ['mixed', 'new money', 'refunding'],
      },
      {
        name: 'interest_types',
        type: 'array',
        required: false,
        items: 'string',
        enum: [
          'cab',
          'cab-to-fixed',
          'fixed rate',
          'step rate',
          'term rate',
          'variable rate',
          'zero rate / discount rate',
        ],
      },
      { name: 'is_amt', type: 'boolean', required: false, description: 'Alternative Minimum Tax bonds.' },
      { name: 'is_bank_qualified', type: 'boolean', required: false },
      { name: 'is_federally_taxable', type: 'boolean', required: false },
      { name: 'is_green', type: 'boolean', required: false },
      { name: 'is_insured', type: 'boolean', required: false, description: 'Wrapped by a bond insurer.' },
      { name: 'is_pac', type: 'boolean', required: false, description: 'Planned Amortization Class bonds.' },
      { name: 'is_social', type: 'boolean', required: false },
      { name: 'is_sustainable', type: 'boolean', required: false },
      {
        name: 'limit',
        type: 'integer',
        required: false,
        description: 'Maximum number of issuers returned (description cut after "Maximum number o...").',
      },
      {
        name: 'rank_by',
        type: 'string',
        required: false,
        description: 'Ranking metric (secondary evidence for the name and values).',
      },
    ],
  },
  convert_to_isin: {
    summary: 'Convert CUSIPs to ISINs',
    description: 'Map 9-character US CUSIPs to ISINs.',
    fields: [
      {
        name: 'identifiers',
        type: 'array',
        required: true,
        items: 'string',
        description: '9-character US CUSIPs to convert.',
      },
    ],
  },
  download_document: {
    summary: 'Download a document',
    description:
      'Fetch the file behind a key returned by muni_documents (file_id for the original, ' +
      'text_file_id for extracted text). Returns the raw file bytes, not the JSON data/total ' +
      'envelope.',
    fields: [
      {
        name: 'file_id',
        type: 'string',
        required: true,
        description: 'Document key from muni_documents (file_id or text_file_id).',
      },
    ],
  },
};
