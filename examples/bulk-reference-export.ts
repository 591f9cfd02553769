// Bulk reference export: estimate what the export costs in this month's distinct-ISIN quota BEFORE sending anything,
// refuse if it does not fit the budget, then fetch the reference data (batched 100 ISINs per request by the client)
// and write one JSON line per bond.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createTerrapinClient, type TerrapinClientOptions } from '@terrapin/core';

export interface ExportOptions {
  isins: string[];
  /** Distinct ISINs this job may add to the month's count. */
  budget: number;
  out: string;
  client?: TerrapinClientOptions;
  log?: (line: string) => void;
}

export interface ExportResult {
  exported: number;
  newIsins: number;
}

export async function run(options: ExportOptions): Promise<ExportResult> {
  const log = options.log ?? console.log;
  const terrapin = createTerrapinClient(options.client);
  const estimate = await terrapin.quota.estimate(options.isins); // sends nothing
  log(
    `${options.isins.length} ISINs: ${estimate.new} new this month, ${estimate.alreadyCounted} already counted`,
  );
  if (estimate.new > options.budget) {
    throw new Error(
      `export needs ${estimate.new} new ISINs, the budget allows ${options.budget}: nothing sent`,
    );
  }
  const { data } = await terrapin.bonds.reference({ isins: options.isins });
  const out = createWriteStream(options.out);
  for (const row of data) {
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  log(
    `wrote ${data.length} reference records to ${options.out}; quota used now ${await terrapin.quota.used()}`,
  );
  return { exported: data.length, newIsins: estimate.new };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const isins = process.argv.slice(2);
  await run({ isins, budget: Number(process.env.BUDGET ?? 500), out: 'reference.ndjson' });
}
