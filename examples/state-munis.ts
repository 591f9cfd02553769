// Every municipal bond of one state, through the paging iterator: `searchAll` follows limit/offset pages, stops at
// `total`, and never asks for more rows than it still needs.
import { pathToFileURL } from 'node:url';
import { createTerrapinClient, type TerrapinClientOptions } from '@terrapin/core';

export interface StateMunisOptions {
  state: string;
  pageSize?: number;
  client?: TerrapinClientOptions;
  log?: (line: string) => void;
}

export async function run(options: StateMunisOptions): Promise<{ isins: string[]; issuers: number }> {
  const log = options.log ?? console.log;
  const terrapin = createTerrapinClient(options.client);
  const isins: string[] = [];
  const issuers = new Set<string>();
  for await (const muni of terrapin.munis.searchAll(
    { states: [options.state] },
    { pageSize: options.pageSize ?? 100 },
  )) {
    if (muni.isin) isins.push(muni.isin);
    if (muni.issuer_name) issuers.add(muni.issuer_name);
  }
  log(`${options.state}: ${isins.length} municipal bonds from ${issuers.size} issuers`);
  return { isins, issuers: issuers.size };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run({ state: process.argv[2] ?? 'KS' });
}
