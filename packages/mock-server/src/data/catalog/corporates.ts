/**
 * Corporate issuers of the gov/corp universe: names as the API writes them (upper case, legal form), country by
 * name, sector and industry group, composite rating, and how their ISINs look (Eurobond `XS`, a domestic prefix,
 * or `US` + CUSIP).
 */

/** One corporate issuer. */
export interface Corporate {
  name: string;
  country: string;
  countryCode: string;
  currencies: readonly string[];
  sector: string;
  industryGroup: string;
  /** Ticker root (`ENELIM`, `BNP`…). */
  ticker: string;
  rating: string | null;
  /** `XS`, a domestic ISIN prefix, or `US` (then `cusip` is the six-character issuer number). */
  isinPrefix: string;
  cusip?: string;
  /** Parent company, when the issuer is a funding vehicle or a subsidiary. */
  parent?: string;
}

type Row = [
  name: string,
  countryCode: string,
  currencies: string,
  sector: string,
  industryGroup: string,
  ticker: string,
  rating: string | null,
  isinPrefix: string,
  cusipOrParent?: string,
];

const COUNTRY_NAMES: Record<string, string> = {
  IT: 'Italy',
  DE: 'Germany',
  FR: 'France',
  GB: 'United Kingdom',
  US: 'United States of America',
  ES: 'Spain',
  NL: 'Netherlands',
  GR: 'Greece',
  CH: 'Switzerland',
  SE: 'Sweden',
  FI: 'Finland',
  NO: 'Norway',
  JP: 'Japan',
  CA: 'Canada',
  LU: 'Luxembourg',
  BE: 'Belgium',
  IE: 'Ireland',
  AT: 'Austria',
};

const ROWS: readonly Row[] = [
  ['ENEL SPA', 'IT', 'EUR', 'utilities', 'electric utilities', 'ENELIM', 'BBB+', 'XS'],
  ['ENI SPA', 'IT', 'EUR', 'energy', 'oil, gas & consumable fuels', 'ENIIM', 'A-', 'XS'],
  ['INTESA SANPAOLO SPA', 'IT', 'EUR', 'financials', 'banks', 'ISPIM', 'BBB+', 'XS'],
  ['UNICREDIT SPA', 'IT', 'EUR', 'financials', 'banks', 'UCGIM', 'BBB+', 'XS'],
  ['ASSICURAZIONI GENERALI SPA', 'IT', 'EUR', 'financials', 'insurance', 'ASSGEN', 'A-', 'XS'],
  ['TELECOM ITALIA SPA', 'IT', 'EUR', 'communication services', 'diversified telecommunication services', 'TITIM', 'BB', 'XS'],
  ['SNAM SPA', 'IT', 'EUR', 'utilities', 'gas utilities', 'SRGIM', 'BBB+', 'XS'],
  ['TERNA RETE ELETTRICA NAZIONALE SPA', 'IT', 'EUR', 'utilities', 'electric utilities', 'TRNIM', 'BBB+', 'XS'],
  ['MEDIOBANCA BANCA DI CREDITO FINANZIARIO SPA', 'IT', 'EUR', 'financials', 'banks', 'MBIM', 'BBB', 'IT'],
  ['POSTE ITALIANE SPA', 'IT', 'EUR', 'industrials', 'air freight & logistics', 'PSTIM', 'BBB', 'XS'],
  ['A2A SPA', 'IT', 'EUR', 'utilities', 'multi-utilities', 'AEMSPA', 'BBB', 'XS'],
  ['FERROVIE DELLO STATO ITALIANE SPA', 'IT', 'EUR', 'industrials', 'ground transportation', 'FERROV', 'BBB', 'XS'],
  ['DEUTSCHE BANK AG', 'DE', 'EUR,USD', 'financials', 'banks', 'DB', 'A-', 'DE'],
  ['COMMERZBANK AG', 'DE', 'EUR', 'financials', 'banks', 'CMZB', 'BBB+', 'DE'],
  ['VOLKSWAGEN FINANCIAL SERVICES AG', 'DE', 'EUR', 'financials', 'consumer finance', 'VW', 'BBB+', 'XS', 'VOLKSWAGEN AG'],
  ['VOLKSWAGEN INTERNATIONAL FINANCE NV', 'NL', 'EUR', 'consumer discretionary', 'automobiles', 'VW', 'BBB+', 'XS', 'VOLKSWAGEN AG'],
  ['MERCEDES-BENZ INTERNATIONAL FINANCE BV', 'NL', 'EUR', 'consumer discretionary', 'automobiles', 'MBGGR', 'A', 'DE', 'MERCEDES-BENZ GROUP AG'],
  ['BMW FINANCE NV', 'NL', 'EUR', 'consumer discretionary', 'automobiles', 'BMW', 'A', 'XS', 'BAYERISCHE MOTOREN WERKE AG'],
  ['BASF SE', 'DE', 'EUR', 'materials', 'chemicals', 'BASGR', 'A-', 'XS'],
  ['BAYER AG', 'DE', 'EUR', 'health care', 'pharmaceuticals', 'BAYNGR', 'BBB', 'XS'],
  ['ALLIANZ SE', 'DE', 'EUR', 'financials', 'insurance', 'ALVGR', 'AA', 'DE'],
  ['DEUTSCHE TELEKOM AG', 'DE', 'EUR', 'communication services', 'diversified telecommunication services', 'DT', 'BBB+', 'XS'],
  ['E.ON SE', 'DE', 'EUR', 'utilities', 'multi-utilities', 'EOANGR', 'BBB+', 'XS'],
  ['VONOVIA SE', 'DE', 'EUR', 'real estate', 'real estate management & development', 'VNAGR', 'BBB+', 'DE'],
  ['DEUTSCHE BAHN FINANCE GMBH', 'DE', 'EUR', 'industrials', 'ground transportation', 'DBHNGR', 'AA-', 'XS', 'DEUTSCHE BAHN AG'],
  ['KREDITANSTALT FUER WIEDERAUFBAU', 'DE', 'EUR,USD', 'financials', 'development banks', 'KFW', 'AAA', 'DE'],
  ['SIEMENS FINANCIERINGSMAATSCHAPPIJ NV', 'NL', 'EUR,USD', 'industrials', 'industrial conglomerates', 'SIEGR', 'AA-', 'XS', 'SIEMENS AG'],
  ['BNP PARIBAS SA', 'FR', 'EUR,USD', 'financials', 'banks', 'BNP', 'A+', 'FR'],
  ['SOCIETE GENERALE SA', 'FR', 'EUR', 'financials', 'banks', 'SOCGEN', 'A', 'FR'],
  ['CREDIT AGRICOLE SA', 'FR', 'EUR', 'financials', 'banks', 'ACAFP', 'A+', 'FR'],
  ['TOTALENERGIES CAPITAL INTERNATIONAL SA', 'FR', 'EUR,USD', 'energy', 'oil, gas & consumable fuels', 'TTEFP', 'A+', 'XS', 'TOTALENERGIES SE'],
  ['ORANGE SA', 'FR', 'EUR', 'communication services', 'diversified telecommunication services', 'ORAFP', 'BBB+', 'FR'],
  ['ELECTRICITE DE FRANCE SA', 'FR', 'EUR,GBP', 'utilities', 'electric utilities', 'EDF', 'BBB', 'FR'],
  ['ENGIE SA', 'FR', 'EUR', 'utilities', 'multi-utilities', 'ENGIFP', 'BBB+', 'FR'],
  ['SANOFI SA', 'FR', 'EUR', 'health care', 'pharmaceuticals', 'SANFP', 'AA', 'FR'],
  ['LVMH MOET HENNESSY LOUIS VUITTON SE', 'FR', 'EUR', 'consumer discretionary', 'textiles, apparel & luxury goods', 'MCFP', 'AA-', 'FR'],
  ['AXA SA', 'FR', 'EUR', 'financials', 'insurance', 'AXASA', 'A+', 'XS'],
  ['CAISSE D AMORTISSEMENT DE LA DETTE SOCIALE', 'FR', 'EUR,USD', 'government', 'government agencies', 'CADES', 'AA-', 'FR'],
  ['RCI BANQUE SA', 'FR', 'EUR', 'financials', 'consumer finance', 'RENAUL', 'BBB-', 'FR', 'RENAULT SA'],
  ['VEOLIA ENVIRONNEMENT SA', 'FR', 'EUR', 'utilities', 'multi-utilities', 'VIEFP', 'BBB', 'FR'],
  ['HSBC HOLDINGS PLC', 'GB', 'USD,EUR,GBP', 'financials', 'banks', 'HSBC', 'A-', 'US', '404280'],
  ['BARCLAYS PLC', 'GB', 'USD,EUR,GBP', 'financials', 'banks', 'BACR', 'BBB+', 'XS'],
  ['LLOYDS BANKING GROUP PLC', 'GB', 'GBP,EUR,USD', 'financials', 'banks', 'LLOYDS', 'A-', 'XS'],
  ['NATWEST GROUP PLC', 'GB', 'GBP,EUR,USD', 'financials', 'banks', 'NWG', 'BBB+', 'XS'],
  ['BP CAPITAL MARKETS PLC', 'GB', 'EUR,GBP,USD', 'energy', 'oil, gas & consumable fuels', 'BPLN', 'A-', 'XS', 'BP PLC'],
  ['VODAFONE GROUP PLC', 'GB', 'EUR,GBP', 'communication services', 'wireless telecommunication services', 'VOD', 'BBB', 'XS'],
  ['BRITISH TELECOMMUNICATIONS PLC', 'GB', 'GBP,EUR', 'communication services', 'diversified telecommunication services', 'BRITEL', 'BBB', 'XS', 'BT GROUP PLC'],
  ['NATIONAL GRID PLC', 'GB', 'GBP,EUR', 'utilities', 'multi-utilities', 'NGGLN', 'BBB', 'XS'],
  ['TESCO CORPORATE TREASURY SERVICES PLC', 'GB', 'GBP,EUR', 'consumer staples', 'consumer staples distribution & retail', 'TSCOLN', 'BBB-', 'XS', 'TESCO PLC'],
  ['THAMES WATER UTILITIES FINANCE PLC', 'GB', 'GBP', 'utilities', 'water utilities', 'TWUFIN', 'CCC+', 'XS'],
  ['GLAXOSMITHKLINE CAPITAL PLC', 'GB', 'GBP,EUR', 'health care', 'pharmaceuticals', 'GSK', 'A', 'XS', 'GSK PLC'],
  ['APPLE INC', 'US', 'USD', 'information technology', 'technology hardware, storage & peripherals', 'AAPL', 'AA+', 'US', '037833'],
  ['MICROSOFT CORP', 'US', 'USD', 'information technology', 'software', 'MSFT', 'AAA', 'US', '594918'],
  ['JPMORGAN CHASE & CO', 'US', 'USD', 'financials', 'banks', 'JPM', 'A', 'US', '46647P'],
  ['BANK OF AMERICA CORP', 'US', 'USD', 'financials', 'banks', 'BAC', 'A-', 'US', '06051G'],
  ['CITIGROUP INC', 'US', 'USD', 'financials', 'banks', 'C', 'BBB+', 'US', '172967'],
  ['GOLDMAN SACHS GROUP INC', 'US', 'USD', 'financials', 'capital markets', 'GS', 'BBB+', 'US', '38141G'],
  ['MORGAN STANLEY', 'US', 'USD', 'financials', 'capital markets', 'MS', 'A-', 'US', '61747Y'],
  ['WELLS FARGO & CO', 'US', 'USD', 'financials', 'banks', 'WFC', 'BBB+', 'US', '95000U'],
  ['AT&T INC', 'US', 'USD', 'communication services', 'diversified telecommunication services', 'T', 'BBB', 'US', '00206R'],
  ['VERIZON COMMUNICATIONS INC', 'US', 'USD', 'communication services', 'diversified telecommunication services', 'VZ', 'BBB+', 'US', '92343V'],
  ['AMAZON.COM INC', 'US', 'USD', 'consumer discretionary', 'broadline retail', 'AMZN', 'AA', 'US', '023135'],
  ['FORD MOTOR CREDIT CO LLC', 'US', 'USD', 'financials', 'consumer finance', 'F', 'BB+', 'US', '345397'],
  ['GENERAL MOTORS FINANCIAL CO INC', 'US', 'USD', 'financials', 'consumer finance', 'GM', 'BBB', 'US', '37045X'],
  ['EXXON MOBIL CORP', 'US', 'USD', 'energy', 'oil, gas & consumable fuels', 'XOM', 'AA-', 'US', '30231G'],
  ['PFIZER INC', 'US', 'USD', 'health care', 'pharmaceuticals', 'PFE', 'A', 'US', '717081'],
  ['COMCAST CORP', 'US', 'USD', 'communication services', 'media', 'CMCSA', 'A-', 'US', '20030N'],
  ['ORACLE CORP', 'US', 'USD', 'information technology', 'software', 'ORCL', 'BBB', 'US', '68389X'],
  ['BOEING CO', 'US', 'USD', 'industrials', 'aerospace & defense', 'BA', 'BBB-', 'US', '097023'],
  ['CARNIVAL CORP', 'US', 'USD', 'consumer discretionary', 'hotels, restaurants & leisure', 'CCL', 'BB', 'US', '143658'],
  ['BANCO SANTANDER SA', 'ES', 'EUR,USD', 'financials', 'banks', 'SANTAN', 'A', 'XS'],
  ['BANCO BILBAO VIZCAYA ARGENTARIA SA', 'ES', 'EUR', 'financials', 'banks', 'BBVASM', 'A', 'XS'],
  ['TELEFONICA EMISIONES SA', 'ES', 'EUR,USD', 'communication services', 'diversified telecommunication services', 'TELEFO', 'BBB-', 'XS', 'TELEFONICA SA'],
  ['IBERDROLA FINANZAS SA', 'ES', 'EUR', 'utilities', 'electric utilities', 'IBESM', 'BBB+', 'XS', 'IBERDROLA SA'],
  ['CAIXABANK SA', 'ES', 'EUR', 'financials', 'banks', 'CABKSM', 'A-', 'ES'],
  ['ING GROEP NV', 'NL', 'EUR,USD', 'financials', 'banks', 'INTNED', 'A-', 'XS'],
  ['ABN AMRO BANK NV', 'NL', 'EUR', 'financials', 'banks', 'ABNANV', 'A', 'XS'],
  ['COOPERATIEVE RABOBANK UA', 'NL', 'EUR', 'financials', 'banks', 'RABOBK', 'A+', 'XS'],
  ['SHELL INTERNATIONAL FINANCE BV', 'NL', 'EUR,USD', 'energy', 'oil, gas & consumable fuels', 'RDSALN', 'AA-', 'XS', 'SHELL PLC'],
  ['NATIONAL BANK OF GREECE SA', 'GR', 'EUR', 'financials', 'banks', 'ETEGA', 'BBB-', 'XS'],
  ['PIRAEUS BANK SA', 'GR', 'EUR', 'financials', 'banks', 'TPEIR', 'BB+', 'XS'],
  ['ALPHA BANK SA', 'GR', 'EUR', 'financials', 'banks', 'ACAGA', 'BB+', 'XS'],
  ['UBS GROUP AG', 'CH', 'USD,EUR,CHF', 'financials', 'capital markets', 'UBS', 'A-', 'CH'],
  ['NESTLE FINANCE INTERNATIONAL LTD', 'LU', 'EUR,CHF', 'consumer staples', 'food products', 'NESNVX', 'AA-', 'XS', 'NESTLE SA'],
  ['ROCHE FINANCE EUROPE BV', 'NL', 'EUR', 'health care', 'pharmaceuticals', 'ROSW', 'AA', 'XS', 'ROCHE HOLDING AG'],
  ['VOLVO TREASURY AB', 'SE', 'EUR,SEK', 'industrials', 'machinery', 'VLVY', 'A', 'XS', 'AB VOLVO'],
  ['NORDEA BANK ABP', 'FI', 'EUR,USD', 'financials', 'banks', 'NDASS', 'AA-', 'XS'],
  ['EQUINOR ASA', 'NO', 'EUR,USD', 'energy', 'oil, gas & consumable fuels', 'EQNR', 'AA-', 'XS'],
  ['MITSUBISHI UFJ FINANCIAL GROUP INC', 'JP', 'USD,EUR', 'financials', 'banks', 'MUFG', 'A-', 'US', '606822'],
  ['SOFTBANK GROUP CORP', 'JP', 'USD,EUR', 'communication services', 'wireless telecommunication services', 'SOFTBK', 'BB', 'XS'],
  ['ROYAL BANK OF CANADA', 'CA', 'USD,EUR,CAD', 'financials', 'banks', 'RY', 'AA-', 'US', '78016E'],
  ['TORONTO-DOMINION BANK', 'CA', 'USD,CAD', 'financials', 'banks', 'TD', 'AA-', 'US', '89114Q'],
  ['AROUNDTOWN SA', 'LU', 'EUR,GBP', 'real estate', 'real estate management & development', 'ARNDTN', 'BBB-', 'XS'],
  ['CPI PROPERTY GROUP SA', 'LU', 'EUR', 'real estate', 'real estate management & development', 'CPIPGR', 'BB+', 'XS'],
  ['AIB GROUP PLC', 'IE', 'EUR', 'financials', 'banks', 'AIB', 'BBB+', 'XS'],
  ['ANHEUSER-BUSCH INBEV SA/NV', 'BE', 'EUR,USD', 'consumer staples', 'beverages', 'ABIBB', 'A-', 'BE'],
  ['OMV AG', 'AT', 'EUR', 'energy', 'oil, gas & consumable fuels', 'OMVAV', 'A-', 'XS'],
];

/** The corporate issuers, expanded from the compact table above. */
export const CORPORATES: readonly Corporate[] = ROWS.map(
  ([name, countryCode, currencies, sector, industryGroup, ticker, rating, isinPrefix, extra]) => {
    const corporate: Corporate = {
      name,
      country: COUNTRY_NAMES[countryCode] ?? countryCode,
      countryCode,
      currencies: currencies.split(','),
      sector,
      industryGroup,
      ticker,
      rating,
      isinPrefix,
    };
    if (extra !== undefined && isinPrefix === 'US') corporate.cusip = extra;
    else if (extra !== undefined) corporate.parent = extra;
    return corporate;
  },
);
