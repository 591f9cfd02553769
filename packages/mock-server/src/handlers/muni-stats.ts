import type { OperationParams } from '@terrapin/core/contract';
import { fromDay, toDay } from '../data/dates';
import { ratingGroup } from '../data/market/curves';
import { type TradeSkeleton, tradeSkeletons } from '../data/market/muni-trades';
import type { MuniEntry } from '../data/model';
import type { Universe } from '../data/universe';
import { invalidField } from '../pipeline/errors';
import { anyOf, sameText } from '../search/match';
import type { HandlerRegistry } from './types';
import { MAX_ROWS } from './types';

type StatsHandlers = Pick<HandlerRegistry, 'muni_stats_trade_activity' | 'muni_stats_top_issuers'>;

type StatsFilters = OperationParams<'muni_stats_trade_activity'> & OperationParams<'muni_stats_top_issuers'>;

const FLAGS = [
  'is_amt',
  'is_bank_qualified',
  'is_federally_taxable',
  'is_green',
  'is_social',
  'is_sustainable',
] as const;

/** Values `group_by` accepts, and how to read them from a bond. */
const GROUPS: Readonly<Record<string, (e: MuniEntry) => unknown>> = {
  state: (e) => e.series.entity.state,
  interest_type: (e) => e.interestType,
  capital_purpose: (e) => e.series.capitalPurpose,
  rating_group: (e) => ratingGroup(e.series.rating),
  source_of_repayment: (e) => e.series.sourceOfRepayment,
  use_sector: (e) => e.series.useSector,
  use_category: (e) => e.series.useCategory,
  trade_type: () => null,
};

/** Period starts for `period`. */
const PERIODS: Readonly<Record<string, (date: string) => string>> = {
  day: (d) => d,
  week: (d) => fromDay(toDay(d) - ((((toDay(d) + 3) % 7) + 7) % 7)),
  month: (d) => `${d.slice(0, 7)}-01`,
  quarter: (d) =>
    `${d.slice(0, 5)}${String(Math.floor((Number(d.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`,
  year: (d) => `${d.slice(0, 4)}-01-01`,
};

function matchesFilters(e: MuniEntry, p: Partial<StatsFilters>): boolean {
  const s = e.series;
  if (!anyOf(p.states, (st) => sameText(s.entity.state, st))) return false;
  if (!anyOf(p.interest_types, (t) => e.interestType === t)) return false;
  if (!anyOf(p.capital_purpose, (c) => s.capitalPurpose === c)) return false;
  if (!anyOf(p.sources_of_repayment, (x) => sameText(s.sourceOfRepayment, x))) return false;
  if (!anyOf(p.use_sectors, (x) => sameText(s.useSector, x))) return false;
  if (!anyOf(p.use_categories, (x) => sameText(s.useCategory, x))) return false;
  if (!anyOf(p.uses_of_proceeds, (x) => s.usesOfProceeds.some((u) => sameText(u, x)))) return false;
  if (p.rating_group !== undefined && ratingGroup(s.rating) !== p.rating_group) return false;
  if (p.is_insured !== undefined && (s.insurer !== null) !== p.is_insured) return false;
  if (p.is_pac !== undefined && e.isPac !== p.is_pac) return false;
  for (const flag of FLAGS) if (p[flag] !== undefined && s.flags[flag] !== p[flag]) return false;
  return true;
}

/** Calls `visit` for every generated trade of the matching bonds in the window (never past the data date). */
function eachTrade(
  u: Universe,
  p: Partial<StatsFilters>,
  start: string,
  end: string,
  visit: (t: TradeSkeleton) => void,
) {
  const bonds = u.munis.filter((e) => matchesFilters(e, p));
  const last = Math.min(toDay(end), u.dataDay);
  for (let day = toDay(start); day <= last; day++) {
    for (const e of bonds) for (const t of tradeSkeletons(u.trades, e, day)) visit(t);
  }
}

interface Tally {
  customer_bought_count: number;
  customer_sold_count: number;
  inter_dealer_count: number;
  trade_count: number;
  trade_volume: number;
}

const emptyTally = (): Tally => ({
  customer_bought_count: 0,
  customer_sold_count: 0,
  inter_dealer_count: 0,
  trade_count: 0,
  trade_volume: 0,
});

const RANK_BY = ['trade_volume', 'trade_count', 'new_issue_amount', 'new_issue_count'] as const;

/** The measures `muni_stats_top_issuers` can rank by: every one is a number of an {@link IssuerRow}. */
type RankBy = (typeof RANK_BY)[number];

function isRankBy(value: string): value is RankBy {
  return RANK_BY.some((measure) => measure === value);
}

/** One issuer's totals in the window, in the order the row's keys are served. */
interface IssuerRow {
  entity_id: number;
  issuer_name: string;
  state: string;
  new_issue_amount: number;
  new_issue_count: number;
  trade_count: number;
  trade_volume: number;
}

/** Aggregates over the municipal trades and issuance. */
export const muniStatsHandlers: StatsHandlers = {
  muni_stats_trade_activity: (p, u) => {
    if (p.group_by !== undefined && !Object.hasOwn(GROUPS, p.group_by)) {
      return invalidField(
        '/group_by',
        `Unknown group_by ${JSON.stringify(p.group_by)}; use one of ${Object.keys(GROUPS).join(', ')}`,
      );
    }
    if (p.period !== undefined && !Object.hasOwn(PERIODS, p.period)) {
      return invalidField(
        '/period',
        `Unknown period ${JSON.stringify(p.period)}; use one of ${Object.keys(PERIODS).join(', ')}`,
      );
    }
    const group = p.group_by === undefined ? undefined : GROUPS[p.group_by];
    const period = p.period === undefined ? undefined : PERIODS[p.period];
    const tallies = new Map<string, { group: unknown; period: string | undefined; tally: Tally }>();
    eachTrade(u, p, p.start_date, p.end_date, (t) => {
      const groupKey = p.group_by === 'trade_type' ? t.type : group?.(t.entry);
      const periodKey = period?.(fromDay(t.day));
      const key = `${String(groupKey)}|${periodKey ?? ''}`;
      const slot = tallies.get(key) ?? { group: groupKey ?? null, period: periodKey, tally: emptyTally() };
      tallies.set(key, slot);
      slot.tally[`${t.type}_count`]++;
      slot.tally.trade_count++;
      slot.tally.trade_volume += t.amount;
    });
    if (tallies.size === 0 && !group && !period) return { data: [emptyTally()] };
    const rows = [...tallies.values()]
      .sort(
        (a, b) =>
          String(a.period ?? '').localeCompare(String(b.period ?? '')) ||
          String(a.group).localeCompare(String(b.group)),
      )
      .map(({ group: g, period: per, tally }) => ({
        ...tally,
        ...(group ? { group_key: g } : {}),
        ...(per !== undefined ? { period: per } : {}),
      }));
    return { data: rows.slice(0, MAX_ROWS), total: rows.length };
  },
  muni_stats_top_issuers: (p, u) => {
    const rankBy = p.rank_by ?? 'trade_volume';
    if (!isRankBy(rankBy)) {
      return invalidField(
        '/rank_by',
        `Unknown rank_by ${JSON.stringify(rankBy)}; use one of ${RANK_BY.join(', ')}`,
      );
    }
    if (p.limit !== undefined && p.limit < 1)
      return invalidField('/limit', 'Must be greater than or equal to 1');
    const issuers = new Map<number, IssuerRow>();
    const slot = (e: MuniEntry) => {
      const entity = e.series.entity;
      let row = issuers.get(entity.entity_id);
      if (!row) {
        row = {
          entity_id: entity.entity_id,
          issuer_name: entity.name,
          state: entity.state,
          new_issue_amount: 0,
          new_issue_count: 0,
          trade_count: 0,
          trade_volume: 0,
        };
        issuers.set(entity.entity_id, row);
      }
      return row;
    };
    for (const e of u.munis) {
      if (e.series.datedDate >= p.start_date && e.series.datedDate <= p.end_date && matchesFilters(e, p)) {
        const row = slot(e);
        row.new_issue_amount += e.issuedAmount;
        if (e === e.series.bonds[0]) row.new_issue_count++;
      }
    }
    eachTrade(u, p, p.start_date, p.end_date, (t) => {
      const row = slot(t.entry);
      row.trade_count++;
      row.trade_volume += t.amount;
    });
    const ranked = [...issuers.values()]
      .filter((r) => r[rankBy] > 0)
      .sort((a, b) => b[rankBy] - a[rankBy] || a.entity_id - b.entity_id);
    const data = ranked.slice(0, Math.min(p.limit ?? 10, MAX_ROWS)).map((r, i) => ({ rank: i + 1, ...r }));
    return { data, total: ranked.length };
  },
};
