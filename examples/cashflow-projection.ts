// Cash-flow projection: reference data from the API, then the coupons and redemptions still to come for a
// portfolio, per calendar year, computed locally with @terrapin/core/analytics (no further API call, no quota).
import { pathToFileURL } from 'node:url';
import { createTerrapinClient, type TerrapinClientOptions } from '@terrapin/core';
import { bondFromReference, cashflowSchedule } from '@terrapin/core/analytics';

export interface Holding {
  isin: string;
  /** Nominal held, in the bond's currency. */
  nominal: number;
}

export interface ProjectionOptions {
  holdings: Holding[];
  settlement: string;
  client?: TerrapinClientOptions;
  log?: (line: string) => void;
}

export interface YearFlows {
  year: string;
  interest: number;
  principal: number;
}

export async function run(options: ProjectionOptions): Promise<YearFlows[]> {
  const log = options.log ?? console.log;
  const terrapin = createTerrapinClient(options.client);
  const { data } = await terrapin.bonds.reference({ isins: options.holdings.map((h) => h.isin) });
  const byYear = new Map<string, YearFlows>();
  for (const row of data) {
    const nominal = options.holdings.find((h) => h.isin === row.isin)?.nominal ?? 0;
    const bond = bondFromReference(row);
    for (const flow of cashflowSchedule(bond, options.settlement)) {
      const year = flow.date.slice(0, 4);
      const entry = byYear.get(year) ?? { year, interest: 0, principal: 0 };
      entry[flow.type] += (flow.amount * nominal) / 100; // flows are per 100 nominal
      byYear.set(year, entry);
    }
  }
  const years = [...byYear.values()].sort((a, b) => a.year.localeCompare(b.year));
  for (const y of years)
    log(
      `${y.year}  interest ${y.interest.toFixed(2).padStart(12)}  principal ${y.principal.toFixed(2).padStart(12)}`,
    );
  return years;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run({
    holdings: [
      { isin: 'XS2724510792', nominal: 100_000 },
      { isin: 'XS2327414061', nominal: 250_000 },
    ],
    settlement: new Date().toISOString().slice(0, 10),
  });
}
