import type { MuniEntityKind } from '../model';

/** What an issuer kind implies for its bonds: security, legacy sector/purpose and use-of-funds choices. */
export interface MuniKindProfile {
  /** Share of its series that are general obligations (the rest are revenue bonds). */
  generalObligation: number;
  legacySector: string;
  purpose: string;
  /** `[use sector, use category]` pairs from the taxonomy (spec/use-of-funds-taxonomy.json). */
  uses: readonly (readonly [string, string])[];
  /** Words for series titles: "General Obligation", "Water and Sewer Revenue"… */
  revenueTitle: string;
  /** Ticker abbreviation after the issuer's first letters (`SALAPT`). */
  tickerTail: string;
  /** Conduit issuers borrow for an obligor (a hospital, a college). */
  conduit: 'healthcare' | 'higherEducation' | 'seniorLiving' | null;
  /** Relative number of series per issuer of this kind. */
  activity: number;
}

export const MUNI_KINDS: Readonly<Record<MuniEntityKind, MuniKindProfile>> = {
  state: {
    generalObligation: 0.8,
    legacySector: 'state',
    purpose: 'General Purpose',
    uses: [
      ['government', 'essential services'],
      ['government', 'general purpose'],
      ['transportation', 'roads'],
      ['education', 'higher education'],
      ['miscellaneous', 'student loan'],
    ],
    revenueTitle: 'Special Tax Revenue',
    tickerTail: 'STS',
    conduit: null,
    activity: 4,
  },
  city: {
    generalObligation: 0.75,
    legacySector: 'local',
    purpose: 'General Purpose',
    uses: [
      ['government', 'essential services'],
      ['recreation', 'recreational'],
      ['recreation', 'culture'],
      ['development', 'economic development'],
      ['transportation', 'parking'],
      ['housing', 'public housing'],
    ],
    revenueTitle: 'Sales Tax Revenue',
    tickerTail: 'GEN',
    conduit: null,
    activity: 2,
  },
  county: {
    generalObligation: 0.8,
    legacySector: 'local',
    purpose: 'General Purpose',
    uses: [
      ['government', 'essential services'],
      ['healthcare', 'hospitals'],
      ['transportation', 'roads'],
      ['utility', 'waste removal'],
    ],
    revenueTitle: 'Limited Tax',
    tickerTail: 'CTY',
    conduit: null,
    activity: 1.2,
  },
  school: {
    generalObligation: 0.95,
    legacySector: 'education',
    purpose: 'Education',
    uses: [
      ['education', 'primary and secondary education'],
      ['education', 'pre-school'],
    ],
    revenueTitle: 'School Building Revenue',
    tickerTail: 'SCD',
    conduit: null,
    activity: 1.5,
  },
  water: {
    generalObligation: 0.05,
    legacySector: 'utilities',
    purpose: 'Water & Sewer',
    uses: [['utility', 'water and sewer']],
    revenueTitle: 'Water and Sewer Revenue',
    tickerTail: 'WTR',
    conduit: null,
    activity: 1.3,
  },
  airport: {
    generalObligation: 0,
    legacySector: 'transportation',
    purpose: 'Airport',
    uses: [['transportation', 'airport']],
    revenueTitle: 'Airport Revenue',
    tickerTail: 'APT',
    conduit: null,
    activity: 1,
  },
  health: {
    generalObligation: 0,
    legacySector: 'healthcare',
    purpose: 'Healthcare',
    uses: [
      ['healthcare', 'health system'],
      ['healthcare', 'hospitals'],
      ['healthcare', 'senior living'],
    ],
    revenueTitle: 'Hospital Revenue',
    tickerTail: 'HFA',
    conduit: 'healthcare',
    activity: 1.5,
  },
  housing: {
    generalObligation: 0,
    legacySector: 'housing',
    purpose: 'Housing',
    uses: [
      ['housing', 'single family housing'],
      ['housing', 'multi-family housing'],
      ['housing', 'military housing'],
    ],
    revenueTitle: 'Homeownership Revenue',
    tickerTail: 'HSG',
    conduit: null,
    activity: 1.5,
  },
  university: {
    generalObligation: 0,
    legacySector: 'education',
    purpose: 'Higher Education',
    uses: [['education', 'higher education']],
    revenueTitle: 'General Revenue',
    tickerTail: 'UNV',
    conduit: null,
    activity: 1,
  },
  toll: {
    generalObligation: 0,
    legacySector: 'transportation',
    purpose: 'Transportation',
    uses: [
      ['transportation', 'roads'],
      ['transportation', 'bridges'],
    ],
    revenueTitle: 'Toll Revenue',
    tickerTail: 'TRN',
    conduit: null,
    activity: 1,
  },
  power: {
    generalObligation: 0,
    legacySector: 'utilities',
    purpose: 'Power',
    uses: [
      ['utility', 'power'],
      ['utility', 'electrical'],
      ['utility', 'gas'],
      ['utility', 'communication'],
    ],
    revenueTitle: 'Electric System Revenue',
    tickerTail: 'PWR',
    conduit: null,
    activity: 0.8,
  },
  port: {
    generalObligation: 0.1,
    legacySector: 'transportation',
    purpose: 'Port',
    uses: [['transportation', 'port']],
    revenueTitle: 'Port Facilities Revenue',
    tickerTail: 'PRT',
    conduit: null,
    activity: 0.6,
  },
  development: {
    generalObligation: 0,
    legacySector: 'industrial',
    purpose: 'Development',
    uses: [
      ['development', 'economic development'],
      ['development', 'industrial development'],
      ['miscellaneous', 'gas prepay'],
      ['healthcare', 'senior living'],
    ],
    revenueTitle: 'Revenue',
    tickerTail: 'DEV',
    conduit: 'seniorLiving',
    activity: 0.8,
  },
  transit: {
    generalObligation: 0,
    legacySector: 'transportation',
    purpose: 'Transit',
    uses: [['transportation', 'public transit']],
    revenueTitle: 'Transportation Revenue',
    tickerTail: 'TRA',
    conduit: null,
    activity: 0.8,
  },
};
