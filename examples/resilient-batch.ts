// A batch job that loses nothing when the upstream fails: a list call is split into chunks; when a chunk still fails
// after its retries, the error carries the rows already received (`partialData`) and the ISINs still to fetch
// (`pending`). Keep the rows, wait, and resume from `pending` until everything is in.
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import {
  createTerrapinClient,
  isTerrapinError,
  type OperationItem,
  type TerrapinClientOptions,
} from '@terrapin/core';

type Price = OperationItem<'bond_pricing_latest'>;

export interface BatchOptions {
  isins: string[];
  /** Give up after this many rounds. */
  maxRounds?: number;
  pauseMs?: number;
  client?: TerrapinClientOptions;
  log?: (line: string) => void;
}

export async function run(options: BatchOptions): Promise<{ prices: Price[]; rounds: number }> {
  const log = options.log ?? console.log;
  const terrapin = createTerrapinClient({ maxIsinsPerRequest: 25, maxConcurrency: 1, ...options.client });
  const prices: Price[] = [];
  let pending = options.isins;
  let rounds = 0;
  while (pending.length > 0) {
    rounds += 1;
    if (rounds > (options.maxRounds ?? 20))
      throw new Error(`${pending.length} ISINs still pending, giving up`);
    try {
      const { data } = await terrapin.bonds.pricingLatest({ isins: pending });
      prices.push(...data);
      pending = [];
    } catch (err) {
      if (!isTerrapinError(err) || !err.pending) throw err;
      const kept = (err.partialData ?? []) as Price[];
      prices.push(...kept);
      log(`round ${rounds}: ${err.name}, kept ${kept.length} rows, ${err.pending.length} ISINs pending`);
      pending = err.pending;
      await sleep(options.pauseMs ?? 1_000);
    }
  }
  log(`done in ${rounds} round(s): ${prices.length} prices for ${options.isins.length} ISINs`);
  return { prices, rounds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run({ isins: process.argv.slice(2) });
}
